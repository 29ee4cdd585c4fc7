package io.connectorexplorer.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.connectorexplorer.core.connection.EntityField;
import io.connectorexplorer.core.connection.FieldTable;
import io.connectorexplorer.testsupport.JsonTrees;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class ConnectionTablesTest {

    /** How a table shows an instant: minutes, in this machine's zone. */
    static String shown(long epochSeconds) {
        return DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", Locale.ROOT)
                .format(Instant.ofEpochSecond(epochSeconds).atZone(ZoneId.systemDefault()));
    }

    @Test
    void fieldsTableNamesTheStatedFlagsAndLeavesOutWhatWasNotStated() {
        List<EntityField> fields = EntityField.of(JsonTrees.parse("""
                {"connectorEntityFields": [
                  {"identifier": "Id", "label": "ID", "isPrimaryKey": true,
                   "supportedFieldTypeDetails": {"v1": {"fieldType": "id", "filterOperators": ["EQUAL_TO", "PROJECTION"],
                     "fieldLengthRange": {"minimum": 15, "maximum": 18}}},
                   "sourceProperties": {"isRetrievable": true, "isQueryable": false},
                   "destinationProperties": {"isCreatable": false, "isUpdatable": true, "isNullable": true,
                     "supportedWriteOperations": ["UPDATE", "DELETE"]}},
                  {"identifier": "Notes", "label": "Notes\\nand more",
                   "supportedFieldTypeDetails": {"v1": {"fieldType": "textarea"}}}
                ]}
                """));

        List<String> lines = ConnectionTables.fields(fields).lines().toList();

        assertThat(lines)
                .containsExactly(
                        "IDENTIFIER  LABEL           TYPE      PK   FILTER OPERATORS     CONSTRAINTS   SOURCE  DESTINATION"
                                + "      WRITE OPERATIONS",
                        "Id          ID              id        yes  EQUAL_TO,PROJECTION  length 15–18  read    update,nullable"
                                + "  UPDATE,DELETE",
                        "Notes       Notes and more  textarea  -    -                    -             -       -"
                                + "                -");
    }

    @Test
    void csvQuotesAsRfc4180AndLeavesUnstatedFlagsEmpty() {
        List<EntityField> fields = EntityField.of(JsonTrees.parse("""
                {"connectorEntityFields": [
                  {"identifier": "Color", "label": "Colour, \\"main\\"", "isPrimaryKey": false,
                   "supportedFieldTypeDetails": {"v1": {"fieldType": "picklist", "supportedValues": ["Red", "Green, or blue"]}},
                   "sourceProperties": {"isRetrievable": true},
                   "description": "line one\\nline two"}
                ]}
                """));

        String csv = FieldTable.csv(fields, FieldTable.COLUMNS);

        assertThat(csv)
                .isEqualTo("identifier,label,type,primaryKey,filterOperators,constraints,retrievable,queryable,"
                        + "timestampField,creatable,updatable,upsertable,nullable,writeOperations,deprecated,defaultValue,"
                        + "description,customProperties\r\n"
                        + "Color,\"Colour, \"\"main\"\"\",picklist,false,,\"one of Red, Green, or blue\",true,,,,,,,,,,"
                        + "\"line one\nline two\",\r\n");
    }
}
