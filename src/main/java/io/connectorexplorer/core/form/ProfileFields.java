package io.connectorexplorer.core.form;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;

/** The fields every connector profile has: its name, the connection mode and an optional KMS key. */
final class ProfileFields {

    static final String PUBLIC = "Public";
    static final String PRIVATE = "Private";

    private ProfileFields() {}

    static List<FieldSpec> of(JsonNode configuration) {
        List<String> modes =
                ConfigReading.flag(configuration, "isPrivateLinkEnabled") ? List.of(PUBLIC, PRIVATE) : List.of(PUBLIC);
        return List.of(
                FieldSpec.text(
                        RequestPaths.NAME,
                        "Connector profile name",
                        "Unique in your account and Region: letters, digits and _ / ! @ # + = . -",
                        true),
                FieldSpec.text(
                                RequestPaths.CONNECTION_MODE,
                                "Connection mode",
                                "Private connects through AWS PrivateLink; offered when the connector supports it",
                                true)
                        .withKind(FieldKind.CHOICE, modes),
                FieldSpec.text(
                        RequestPaths.KMS_ARN,
                        "KMS key ARN",
                        "The AWS KMS key that encrypts the connection's secrets; empty for the AWS managed key",
                        false));
    }
}
