package io.connectorexplorer.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.connectorexplorer.core.json.JsonFormat;
import io.connectorexplorer.core.profile.DiscoveredAccount;
import java.util.ArrayList;
import java.util.List;

/** What {@code sso accounts} prints: a table (ACCOUNT ID, ACCOUNT NAME, ROLE), or a JSON array of the same. */
final class SsoAccountsOutput {

    private SsoAccountsOutput() {}

    /** {@code [{accountId, accountName, roleName}, …]}; accountName null when the portal gave none. */
    static String json(List<DiscoveredAccount> accounts) {
        ArrayNode array = JsonNodeFactory.instance.arrayNode();
        for (DiscoveredAccount account : accounts) {
            ObjectNode row = array.addObject();
            row.put("accountId", account.accountId());
            row.put("accountName", account.accountName());
            row.put("roleName", account.roleName());
        }
        return JsonFormat.pretty(array);
    }

    static String table(List<DiscoveredAccount> accounts) {
        List<String[]> rows = new ArrayList<>();
        rows.add(new String[] {"ACCOUNT ID", "ACCOUNT NAME", "ROLE"});
        for (DiscoveredAccount account : accounts) {
            String name = account.accountName() == null || account.accountName().isBlank()
                    ? "-"
                    : oneLine(account.accountName());
            rows.add(new String[] {account.accountId(), name, account.roleName()});
        }
        int[] widths = new int[3];
        rows.forEach(row -> {
            for (int i = 0; i < row.length; i++) {
                widths[i] = Math.max(widths[i], row[i].length());
            }
        });
        StringBuilder text = new StringBuilder();
        for (String[] row : rows) {
            for (int i = 0; i < row.length; i++) {
                text.append(i == row.length - 1 ? row[i] : String.format("%-" + (widths[i] + 2) + "s", row[i]));
            }
            text.append(System.lineSeparator());
        }
        return text.toString();
    }

    /** A name with a line break or tab would break the table's rows and columns. */
    private static String oneLine(String text) {
        return text.replaceAll("[\\r\\n\\t]+", " ");
    }
}
