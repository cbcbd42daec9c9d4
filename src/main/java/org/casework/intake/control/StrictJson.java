package org.casework.intake.control;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.json.stream.JsonParsingException;
import java.io.StringReader;
import java.lang.reflect.RecordComponent;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Map;
import java.util.stream.Collectors;
import org.casework.kernel.InvalidFieldException;

/**
 * A JSON body read as strictly as a script writer needs: UTF-8 or refused (never characters silently replaced), and
 * every member a field of the record it fills, nested records included, so that a misspelt optional field
 * ({@code patientIdentifable}) is named instead of dropped.
 */
public final class StrictJson {

    private StrictJson() {
    }

    /** The bytes as UTF-8 text; anything else is refused naming the part. */
    public static String utf8(byte[] bytes, String part) {
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new InvalidFieldException(part, "is not UTF-8 text");
        }
    }

    /** Refuses the first member that is not a field of {@code type} (or of a record inside it), by its path. */
    public static void onlyKnownFields(String json, Class<? extends Record> type, String part) {
        JsonValue value;
        try (var reader = Json.createReader(new StringReader(json))) {
            value = reader.readValue();
        } catch (JsonParsingException | IllegalStateException e) {
            return; // not JSON: the binding says so, naming the part
        } catch (RuntimeException e) {
            throw new InvalidFieldException(part, "is not valid JSON");
        }
        if (value instanceof JsonObject object) {
            check(object, type, "");
        }
    }

    private static void check(JsonObject object, Class<?> type, String prefix) {
        Map<String, RecordComponent> fields = Arrays.stream(type.getRecordComponents())
                .collect(Collectors.toMap(RecordComponent::getName, c -> c));
        for (var member : object.entrySet()) {
            RecordComponent field = fields.get(member.getKey());
            if (field == null) {
                throw new InvalidFieldException(prefix + member.getKey(), "is not a field of this request (the "
                        + "fields are " + String.join(", ", fields.keySet().stream().sorted().toList()) + ")");
            }
            if (field.getType().isRecord() && member.getValue() instanceof JsonObject inner) {
                check(inner, field.getType(), prefix + member.getKey() + ".");
            }
        }
    }
}
