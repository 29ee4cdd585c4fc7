package io.connectorexplorer.ui.compare;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.connectorexplorer.core.account.Target;
import io.connectorexplorer.core.connector.ConnectorKey;
import io.connectorexplorer.core.error.ServiceCallException;
import io.connectorexplorer.core.json.JsonFormat;
import io.connectorexplorer.core.profile.AwsProfile;
import io.connectorexplorer.core.profile.ProfileKind;
import io.connectorexplorer.core.task.Cancellation;
import io.connectorexplorer.testsupport.ManualTaskRunner;
import io.connectorexplorer.testsupport.RecordingClipboard;
import io.connectorexplorer.ui.common.StatusModel;
import java.util.concurrent.atomic.AtomicInteger;

/** Two versions of acme-crm, sources that serve them (or fail), and a comparison on a manual task runner. */
final class CompareFixture {

    static final ConnectorKey ACME = ConnectorKey.custom("acme-crm");
    static final AwsProfile ALPHA = new AwsProfile("alpha", ProfileKind.STATIC_KEYS, "eu-west-1", null);
    static final AwsProfile BETA = new AwsProfile("beta", ProfileKind.STATIC_KEYS, "us-east-1", null);
    static final AwsProfile GAMMA = new AwsProfile("gamma", ProfileKind.SSO, "eu-west-1", null);
    static final AwsProfile BROKEN =
            new AwsProfile("broken", ProfileKind.MALFORMED, null, "source_profile nowhere is not defined");
    static final Target ALPHA_EU = new Target(ALPHA, "eu-west-1");
    static final Target BETA_EU = new Target(BETA, "eu-west-1");

    /** acme-crm 3.2.0: two auth parameters, three operators. */
    static final JsonNode V32 = json("{'connectorConfiguration': {"
            + "'connectorVersion': '3.2.0',"
            + "'supportedOperators': ['EQUAL_TO', 'BETWEEN', 'NO_OP'],"
            + "'authenticationConfig': {'customAuthConfigs': [{'customAuthenticationType': 'ApiToken',"
            + "  'authParameters': [{'key': 'apiToken', 'isRequired': true, 'description': 'The token'},"
            + "                     {'key': 'sandbox', 'isRequired': false}]}]},"
            + "'legacyMode': true}}");
    /** acme-crm 3.3.0: a version, an optional parameter made required, an operator added, a member gone. */
    static final JsonNode V33 = json("{'connectorConfiguration': {"
            + "'connectorVersion': '3.3.0',"
            + "'supportedOperators': ['NO_OP', 'STARTS_WITH', 'EQUAL_TO', 'BETWEEN'],"
            + "'authenticationConfig': {'customAuthConfigs': [{'customAuthenticationType': 'ApiToken',"
            + "  'authParameters': [{'key': 'sandbox', 'isRequired': true},"
            + "                     {'key': 'apiToken', 'isRequired': true, 'description': 'The token'}]}]}}}");

    final ManualTaskRunner tasks = new ManualTaskRunner();
    final StatusModel status = new StatusModel();
    final RecordingClipboard clipboard = new RecordingClipboard();
    final CompareViewModel compare = new CompareViewModel(tasks, status, clipboard);

    static JsonNode json(String text) {
        try {
            return JsonFormat.parse(text.replace('\'', '"'));
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(e);
        }
    }

    /** A side that reads {@code document} and counts its reads. */
    static class Served implements CompareSource {
        final String name;
        final JsonNode document;
        final AtomicInteger reads = new AtomicInteger();

        Served(Target target, JsonNode document) {
            this.name = target.displayName();
            this.document = document;
        }

        @Override
        public String displayName() {
            return name;
        }

        @Override
        public Side read(Cancellation cancellation) {
            reads.incrementAndGet();
            ObjectNode about = JsonNodeFactory.instance.objectNode();
            about.put("profile", name.substring(0, name.indexOf(' ')));
            about.put("region", name.substring(name.lastIndexOf(' ') + 1));
            return new Side(name, document, about);
        }
    }

    /** A target where the connector is not registered: DescribeConnector answers 404. */
    static CompareSource notRegistered(Target target) {
        return new CompareSource() {
            @Override
            public String displayName() {
                return target.displayName();
            }

            @Override
            public Side read(Cancellation cancellation) {
                throw ServiceCallException.fromService(
                        ServiceCallException.Kind.SERVICE,
                        "DescribeConnector",
                        "ResourceNotFoundException",
                        404,
                        "Connector with label acme-crm was not found in this account.");
            }
        };
    }

    /** {@code key}'s configuration as a comparison's subject: 3.2.0 at every target, no earlier version kept. */
    static ConnectorSubject subject(ConnectorKey key) {
        return new ConnectorSubject(key, (target, k) -> new Served(target, V32), EarlierVersions.NONE);
    }

    /** Shows acme-crm 3.2.0 in alpha and compares it with 3.3.0 in beta, the task finished. */
    Served comparedWithBeta() {
        compare.show(subject(ACME), new Served(ALPHA_EU, V32));
        Served beta = new Served(BETA_EU, V33);
        compare.compareWith(beta);
        tasks.runAll();
        return beta;
    }
}
