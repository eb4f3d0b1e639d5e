package dev.circleview.api.model;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a list of builds, the answer {@code circle-view builds} waits for, with jackson-core's
 * streaming parser. Data binding gives the same result, but its first use in a process
 * introspects the records and makes their constructors' accessors, and it binds more slowly until
 * the JIT has compiled it: reading the list this way instead made {@code builds} markedly cheaper
 * (measured in docs/performance.md, "What each change bought").
 *
 * <p>It reads only answers of the usual shape: an array of objects (or nulls), whose known fields
 * hold a string, a whole number that fits, null, or for {@code user} and {@code workflows} an object
 * of the same kind; unknown fields may hold anything. Anything else (another shape, another type in
 * a known field, a field given twice, malformed JSON) makes it hand the whole answer to
 * {@link Json#mapper()}, so that every answer reads as data binding reads it, lenient rules and
 * error messages alike.
 */
public final class BuildListReader {
    private static final JsonFactory FACTORY = new JsonFactory();

    private BuildListReader() {
    }

    /** The builds in {@code body}, exactly as {@code Json.mapper()} binds it to a {@code List<Build>}. */
    public static List<Build> read(byte[] body) throws IOException {
        List<Build> builds = usual(body);
        return builds != null ? builds
                : Json.mapper().readValue(body, Json.mapper().getTypeFactory().constructCollectionType(List.class, Build.class));
    }

    /** The builds in an answer of the usual shape, else null. */
    static List<Build> usual(byte[] body) {
        try (JsonParser p = FACTORY.createParser(body)) {
            return list(p);
        } catch (IOException malformed) {
            return null;
        }
    }

    /** The builds, or null when the answer is not of the usual shape. */
    private static List<Build> list(JsonParser p) throws IOException {
        if (p.nextToken() != JsonToken.START_ARRAY) {
            return null;
        }
        List<Build> builds = new ArrayList<>();
        for (JsonToken t = p.nextToken(); t != JsonToken.END_ARRAY; t = p.nextToken()) {
            if (t == JsonToken.VALUE_NULL) {
                builds.add(null);
            } else if (t == JsonToken.START_OBJECT) {
                Build build = build(p);
                if (build == null) {
                    return null;
                }
                builds.add(build);
            } else {
                return null;
            }
        }
        // what data binding ignores after the list, this ignores too
        return builds;
    }

    /** The JSON names of {@link Build}'s components, in order (BuildListReaderTest checks them). */
    static final String[] BUILD_FIELDS = {
            "build_num", "status", "lifecycle", "outcome", "subject", "retry_of", "job_name", "workflows", "branch",
            "vcs_tag", "vcs_revision", "username", "reponame", "vcs_type", "build_url", "user", "author_name",
            "committer_name", "why", "queued_at", "start_time", "stop_time", "build_time_millis", "parallel", "platform",
            "dont_build", "messages"};
    private static final int BUILD_NUM = 0;
    private static final int RETRY_OF = 5;
    private static final int WORKFLOWS = 7;
    private static final int USER = 15;
    private static final int BUILD_TIME_MILLIS = 22;
    private static final int PARALLEL = 23;
    private static final int MESSAGES = 26;
    static final String[] MESSAGE_FIELDS = {"type", "message"};
    static final String[] USER_FIELDS = {"login", "name", "is_user", "avatar_url"};
    private static final int IS_USER = 2;
    static final String[] WORKFLOWS_FIELDS = {"workflow_id", "workflow_name", "job_name", "job_id"};

    /** A null in the values array means the field was absent or null; UNUSUAL, that it cannot be read here. */
    private static final Object UNUSUAL = new Object();

    @SuppressWarnings("unchecked")
    private static Build build(JsonParser p) throws IOException {
        Object[] v = new Object[BUILD_FIELDS.length];
        if (!fields(p, BUILD_FIELDS, v, BuildListReader::buildValue)) {
            return null;
        }
        return new Build((Integer) v[0], (String) v[1], (String) v[2], (String) v[3], (String) v[4], (Integer) v[5],
                (String) v[6], (Workflows) v[7], (String) v[8], (String) v[9], (String) v[10], (String) v[11],
                (String) v[12], (String) v[13], (String) v[14], (User) v[15], (String) v[16], (String) v[17],
                (String) v[18], (String) v[19], (String) v[20], (String) v[21], (Long) v[22], (Integer) v[23],
                (String) v[24], (String) v[25], (List<Message>) v[26]);
    }

    private static Object buildValue(JsonParser p, JsonToken t, int field) throws IOException {
        return switch (field) {
            case BUILD_NUM, RETRY_OF, PARALLEL -> t == JsonToken.VALUE_NUMBER_INT && p.getNumberType() == JsonParser.NumberType.INT
                    ? Integer.valueOf(p.getIntValue()) : UNUSUAL;
            case BUILD_TIME_MILLIS -> t == JsonToken.VALUE_NUMBER_INT && p.getNumberType() != JsonParser.NumberType.BIG_INTEGER
                    ? Long.valueOf(p.getLongValue()) : UNUSUAL;
            case WORKFLOWS -> t == JsonToken.START_OBJECT ? workflows(p) : UNUSUAL;
            case USER -> t == JsonToken.START_OBJECT ? user(p) : UNUSUAL;
            case MESSAGES -> t == JsonToken.START_ARRAY ? messages(p) : UNUSUAL;
            default -> text(p, t);
        };
    }

    private static Object user(JsonParser p) throws IOException {
        Object[] v = new Object[USER_FIELDS.length];
        if (!fields(p, USER_FIELDS, v, (q, t, field) -> field != IS_USER ? text(q, t)
                : t == JsonToken.VALUE_TRUE ? Boolean.TRUE : t == JsonToken.VALUE_FALSE ? Boolean.FALSE : UNUSUAL)) {
            return UNUSUAL;
        }
        return new User((String) v[0], (String) v[1], (Boolean) v[2], (String) v[3]);
    }

    /** {@code messages}: an array of objects (nulls among them are dropped, as data binding keeps them: unusual). */
    private static Object messages(JsonParser p) throws IOException {
        List<Message> messages = new ArrayList<>();
        for (JsonToken t = p.nextToken(); t != JsonToken.END_ARRAY; t = p.nextToken()) {
            if (t != JsonToken.START_OBJECT) {
                return UNUSUAL;
            }
            Object[] v = new Object[MESSAGE_FIELDS.length];
            if (!fields(p, MESSAGE_FIELDS, v, (q, token, field) -> text(q, token))) {
                return UNUSUAL;
            }
            messages.add(new Message((String) v[0], (String) v[1]));
        }
        return messages;
    }

    private static Object workflows(JsonParser p) throws IOException {
        Object[] v = new Object[WORKFLOWS_FIELDS.length];
        if (!fields(p, WORKFLOWS_FIELDS, v, (q, t, field) -> text(q, t))) {
            return UNUSUAL;
        }
        return new Workflows((String) v[0], (String) v[1], (String) v[2], (String) v[3]);
    }

    private static Object text(JsonParser p, JsonToken t) throws IOException {
        return t == JsonToken.VALUE_STRING ? p.getText() : UNUSUAL;
    }

    /** Reads one field's value (not null) from the parser at its first token. */
    private interface FieldReader {
        Object read(JsonParser p, JsonToken t, int field) throws IOException;
    }

    /**
     * Reads the fields of the object the parser has just entered into {@code values} by their index
     * in {@code names}, skipping unknown ones; false when a known field is unusual or given twice.
     */
    private static boolean fields(JsonParser p, String[] names, Object[] values, FieldReader reader) throws IOException {
        boolean[] seen = new boolean[names.length];
        for (JsonToken t = p.nextToken(); t != JsonToken.END_OBJECT; t = p.nextToken()) {
            int field = indexOf(names, p.currentName());
            t = p.nextToken();
            if (field < 0) {
                p.skipChildren();
                continue;
            }
            if (seen[field]) {
                return false;
            }
            seen[field] = true;
            if (t != JsonToken.VALUE_NULL) {
                Object value = reader.read(p, t, field);
                if (value == UNUSUAL) {
                    return false;
                }
                values[field] = value;
            }
        }
        return true;
    }

    private static int indexOf(String[] names, String name) {
        for (int i = 0; i < names.length; i++) {
            if (names[i].equals(name)) {
                return i;
            }
        }
        return -1;
    }
}
