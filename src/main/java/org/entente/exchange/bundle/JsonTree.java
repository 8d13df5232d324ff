package org.entente.exchange.bundle;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import org.entente.i18n.I18n;

/**
 * A JSON tree that remembers the line of every value, so that problems found after parsing can
 * still say where they are (Jackson's own tree forgets locations).
 */
final class JsonTree {
    private JsonTree() {}

    sealed interface Node permits Obj, Arr, Val {
        int line();

        /** "an object", "a list", "a string", "a number"… for messages, in the interface's language. */
        String describe();
    }

    record Obj(int line, Map<String, Node> fields, List<String> duplicates) implements Node {
        public String describe() { return I18n.t("exchange.json.an-object"); }
    }

    record Arr(int line, List<Node> items) implements Node {
        public String describe() { return I18n.t("exchange.json.a-list"); }
    }

    /** A scalar: its token says which kind; {@code text} is the string or the number's text. */
    record Val(int line, JsonToken token, String text) implements Node {
        public String describe() {
            return switch (token) {
                case VALUE_STRING -> I18n.t("exchange.json.a-string");
                case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> I18n.t("exchange.json.a-number");
                case VALUE_TRUE, VALUE_FALSE -> "true/false"; // JSON's own words
                default -> "null";
            };
        }

        boolean isNull() { return token == JsonToken.VALUE_NULL; }
    }

    /** Reads the value at the parser's current token (which must be set). */
    static Node read(JsonParser p) throws IOException {
        JsonToken t = p.currentToken();
        int line = p.currentTokenLocation().getLineNr();
        switch (t) {
            case START_OBJECT -> {
                Map<String, Node> fields = new LinkedHashMap<>();
                List<String> duplicates = new ArrayList<>();
                while (p.nextToken() == JsonToken.FIELD_NAME) {
                    String name = p.currentName();
                    p.nextToken();
                    Node value = read(p);
                    if (fields.putIfAbsent(name, value) != null) duplicates.add(name);
                }
                return new Obj(line, fields, duplicates);
            }
            case START_ARRAY -> {
                List<Node> items = new ArrayList<>();
                while (p.nextToken() != JsonToken.END_ARRAY) items.add(read(p));
                return new Arr(line, items);
            }
            default -> {
                return new Val(line, t, t == JsonToken.VALUE_NULL ? null : p.getText());
            }
        }
    }
}
