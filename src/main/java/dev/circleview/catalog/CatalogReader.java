package dev.circleview.catalog;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import dev.circleview.core.NotConfiguredException;
import dev.circleview.core.Text;
import org.yaml.snakeyaml.LoaderOptions;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the entities of a Backstage catalog file: every YAML document in it, with the
 * {@code circleci.com/project-slug} annotation where one is set. Hostile files fail fast with one
 * line naming the file and position: the size, alias count and nesting depth are capped, and
 * duplicate keys are refused.
 */
public final class CatalogReader {
    public static final String ANNOTATION = "circleci.com/project-slug";
    static final long MAX_FILE_BYTES = 1024 * 1024;
    private static final String HINT = "fix the file, or pass the project with --project github/ORG/REPO";

    /** One entity of the file. {@code slug} is the annotation's text, or null when it is not there. */
    public record Entity(int document, int line, String kind, String name, String slug) {
        public String label() {
            return name != null ? name : "document " + document;
        }
    }

    private CatalogReader() {
    }

    public static List<Entity> read(Path file) {
        String shown = file.toString();
        try {
            long size = Files.size(file);
            if (size > MAX_FILE_BYTES) {
                throw new NotConfiguredException(shown + ": the file is " + size + " bytes; a catalog file may have at most "
                        + MAX_FILE_BYTES + " bytes", HINT);
            }
        } catch (NoSuchFileException e) {
            throw new NotConfiguredException(shown + ": no such file", "check the path given to --catalog");
        } catch (IOException e) {
            throw new NotConfiguredException(shown + ": cannot read it (" + e.getClass().getSimpleName() + ")", HINT);
        }
        List<Entity> entities = new ArrayList<>();
        ObjectMapper mapper = mapper();
        try (JsonParser parser = mapper.createParser(file.toFile())) {
            int document = 0;
            while (parser.nextToken() != null) {
                document++;
                JsonLocation where = parser.currentTokenLocation();
                JsonNode node = mapper.readTree(parser);
                if (node == null || node.isNull() || node.isMissingNode()) {
                    continue;
                }
                if (!node.isObject()) {
                    throw new NotConfiguredException(position(shown, where) + ": document " + document + " is "
                            + kindOf(node) + ", not a mapping of an entity", HINT);
                }
                entities.add(entity(node, document, where, shown));
            }
        } catch (JsonProcessingException e) {
            JsonLocation where = e.getLocation();
            throw new NotConfiguredException((where == null ? shown : position(shown, where)) + ": invalid YAML: "
                    + Text.quoteForMessage(firstLine(e.getOriginalMessage())), HINT, e);
        } catch (IOException e) {
            throw new NotConfiguredException(shown + ": cannot read it (" + e.getClass().getSimpleName() + ")", HINT, e);
        }
        return entities;
    }

    private static Entity entity(JsonNode node, int document, JsonLocation where, String shown) {
        String kind = text(node.get("kind"));
        JsonNode metadata = node.get("metadata");
        String name = null;
        String slug = null;
        if (metadata != null && !metadata.isNull()) {
            if (!metadata.isObject()) {
                throw new NotConfiguredException(position(shown, where) + ": metadata of document " + document
                        + " is " + kindOf(metadata) + ", not a mapping", HINT);
            }
            name = text(metadata.get("name"));
            JsonNode annotations = metadata.get("annotations");
            if (annotations != null && !annotations.isNull()) {
                if (!annotations.isObject()) {
                    throw new NotConfiguredException(position(shown, where) + ": metadata.annotations of "
                            + label(name, document) + " is " + kindOf(annotations) + ", not a mapping", HINT);
                }
                JsonNode value = annotations.get(ANNOTATION);
                if (value != null && !value.isNull()) {
                    if (!value.isTextual()) {
                        throw new NotConfiguredException(position(shown, where) + ": the " + ANNOTATION + " annotation of "
                                + label(name, document) + " is " + kindOf(value) + ", not text like github/ORG/REPO", HINT);
                    }
                    slug = value.asText();
                } else if (value != null) {
                    slug = "";
                }
            }
        }
        return new Entity(document, where.getLineNr(), kind, name, slug);
    }

    private static String label(String name, int document) {
        return name != null ? "entity \"" + Text.quoteForMessage(name) + "\"" : "document " + document;
    }

    private static String text(JsonNode node) {
        return node != null && node.isValueNode() && !node.isNull() ? node.asText() : null;
    }

    private static String kindOf(JsonNode node) {
        return switch (node.getNodeType()) {
            case ARRAY -> "a list";
            case OBJECT -> "a mapping";
            case NUMBER -> "a number";
            case BOOLEAN -> "a boolean";
            case STRING -> "text";
            default -> "empty";
        };
    }

    private static String position(String file, JsonLocation where) {
        return file + ":" + where.getLineNr() + ":" + where.getColumnNr();
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "unreadable";
        }
        int nl = message.indexOf('\n');
        return (nl < 0 ? message : message.substring(0, nl)).strip();
    }

    private static ObjectMapper mapper() {
        LoaderOptions options = new LoaderOptions();
        options.setMaxAliasesForCollections(20);
        options.setNestingDepthLimit(40);
        options.setCodePointLimit((int) MAX_FILE_BYTES);
        options.setAllowDuplicateKeys(false);
        return new YAMLMapper(YAMLFactory.builder()
                .loaderOptions(options)
                .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                .build());
    }
}
