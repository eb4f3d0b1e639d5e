package dev.circleview.catalog;

import dev.circleview.core.NotConfiguredException;
import dev.circleview.core.Text;
import dev.circleview.core.YamlFile;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.ScalarNode;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static dev.circleview.core.YamlFile.get;
import static dev.circleview.core.YamlFile.isBoolean;
import static dev.circleview.core.YamlFile.isNull;
import static dev.circleview.core.YamlFile.isNumber;
import static dev.circleview.core.YamlFile.kindOf;
import static dev.circleview.core.YamlFile.position;
import static dev.circleview.core.YamlFile.text;

/**
 * Reads the entities of a Backstage catalog file: every YAML document in it, with the
 * {@code circleci.com/project-slug} annotation where one is set. The file is read by {@link YamlFile},
 * which caps its size, aliases and depth and refuses duplicate keys.
 */
public final class CatalogReader {
    public static final String ANNOTATION = "circleci.com/project-slug";
    static final long MAX_FILE_BYTES = 1024 * 1024;
    private static final String HINT = "fix the file, or pass the project with --project github/ORG/REPO";
    private static final YamlFile.Kind KIND = new YamlFile.Kind("catalog file", MAX_FILE_BYTES,
            "check the path given to --catalog", HINT);

    /** One entity of the file. {@code slug} is the annotation's text, or null when it is not there. */
    public record Entity(int document, int line, String kind, String name, String slug) {
        public String label() {
            return name != null ? name : "document " + document;
        }
    }

    private CatalogReader() {
    }

    public static List<Entity> read(Path file) {
        String shown = Text.path(file);
        List<Entity> entities = new ArrayList<>();
        YamlFile.read(file, KIND, (document, node) -> {
            if (isNull(node)) {
                return;
            }
            if (!(node instanceof MappingNode mapping)) {
                throw new NotConfiguredException(position(shown, node) + ": document " + document + " is "
                        + kindOf(node) + ", not a mapping of an entity", HINT);
            }
            entities.add(entity(mapping, document, shown));
        });
        return entities;
    }

    private static Entity entity(MappingNode node, int document, String shown) {
        String kind = text(get(node, "kind"));
        Node metadata = get(node, "metadata");
        String name = null;
        String slug = null;
        if (!isNull(metadata)) {
            if (!(metadata instanceof MappingNode metadataMap)) {
                throw new NotConfiguredException(position(shown, metadata) + ": metadata of document " + document
                        + " is " + kindOf(metadata) + ", not a mapping", HINT);
            }
            name = text(get(metadataMap, "name"));
            Node annotations = get(metadataMap, "annotations");
            if (!isNull(annotations)) {
                if (!(annotations instanceof MappingNode annotationMap)) {
                    throw new NotConfiguredException(position(shown, annotations) + ": metadata.annotations of "
                            + label(name, document) + " is " + kindOf(annotations) + ", not a mapping", HINT);
                }
                Node value = get(annotationMap, ANNOTATION);
                if (!isNull(value)) {
                    if (!(value instanceof ScalarNode scalar) || isNumber(scalar) || isBoolean(scalar)) {
                        throw new NotConfiguredException(position(shown, value) + ": the " + ANNOTATION
                                + " annotation of " + label(name, document) + " is " + kindOf(value)
                                + ", not text like github/ORG/REPO", HINT);
                    }
                    slug = scalar.getValue();
                } else if (value != null) {
                    slug = "";
                }
            }
        }
        return new Entity(document, node.getStartMark().getLine() + 1, kind, name, slug);
    }

    private static String label(String name, int document) {
        return name != null ? "entity \"" + Text.quoteForMessage(name) + "\"" : "document " + document;
    }
}
