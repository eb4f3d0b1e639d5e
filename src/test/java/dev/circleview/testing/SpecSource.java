package dev.circleview.testing;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

import java.lang.annotation.Annotation;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Writes the Java source of each package's {@code GeneratedSpecs}: the picocli model of every
 * command in the package, made with picocli's programmatic API and bound to the commands' fields by
 * plain field access, from the annotations that picocli would otherwise read at every start. Each
 * annotation attribute is copied as written; one this generator does not know stops it, so a model
 * can never silently differ from its annotations.
 */
public final class SpecSource {
    private static final Set<String> COMMAND_ATTRIBUTES = Set.of("name", "aliases", "description", "header", "footer",
            "footerHeading", "headerHeading", "descriptionHeading", "synopsisHeading", "optionListHeading",
            "parameterListHeading", "commandListHeading", "versionProvider", "mixinStandardHelpOptions",
            "hidden", "sortOptions", "helpCommand");
    private static final Set<String> ARG_ATTRIBUTES = Set.of("names", "index", "description", "arity", "paramLabel", "required",
            "hidden", "defaultValue", "scope", "completionCandidates", "usageHelp", "versionHelp", "descriptionKey", "split",
            "negatable", "fallbackValue", "order", "hideParamSyntax");

    private SpecSource() {
    }

    /** The source of each package's {@code GeneratedSpecs}, by file path under {@code src/main/java}. */
    public static Map<String, String> generate(CommandLine annotatedRoot) {
        Map<String, List<CommandLine>> byPackage = new TreeMap<>();
        Set<CommandLine> all = new LinkedHashSet<>();
        all.add(annotatedRoot);
        all.addAll(annotatedRoot.getSubcommands().values());
        for (CommandLine cmd : all) {
            Class<?> type = cmd.getCommandSpec().userObject().getClass();
            if (type.getAnnotation(Command.class) != null && !type.getPackageName().startsWith("picocli")) {
                byPackage.computeIfAbsent(type.getPackageName(), k -> new ArrayList<>()).add(cmd);
            }
        }
        Map<String, String> files = new LinkedHashMap<>();
        byPackage.forEach((pkg, commands) -> files.put(pkg.replace('.', '/') + "/GeneratedSpecs.java", new Writer(pkg).source(commands)));
        return files;
    }

    /** One package's source. */
    private static final class Writer {
        private final String pkg;
        private final StringBuilder methods = new StringBuilder();
        /** The classes whose fields options are bound to, in order, with the fields bound. */
        private final Map<Class<?>, List<Field>> bound = new LinkedHashMap<>();
        /** Local variables numbered within the method being written. */
        private int variables;

        Writer(String pkg) {
            this.pkg = pkg;
        }

        String source(List<CommandLine> commands) {
            StringBuilder dispatch = new StringBuilder();
            for (CommandLine cmd : commands) {
                Class<?> type = cmd.getCommandSpec().userObject().getClass();
                String method = "spec" + type.getSimpleName();
                dispatch.append("        if (command instanceof ").append(type.getSimpleName()).append(" c) {\n")
                        .append("            return ").append(method).append("(c, parent);\n        }\n");
                command(cmd.getCommandSpec(), type, method);
            }
            StringBuilder out = new StringBuilder();
            out.append("package ").append(pkg).append(";\n\n")
                    .append("import picocli.CommandLine.Model.CommandSpec;\n")
                    .append("import picocli.CommandLine.Model.IGetter;\n")
                    .append("import picocli.CommandLine.Model.ISetter;\n")
                    .append("import picocli.CommandLine.Model.OptionSpec;\n")
                    .append("import picocli.CommandLine.Model.PositionalParamSpec;\n\n")
                    .append("/**\n * GENERATED from the picocli annotations of this package's commands; do not edit. Regenerate with\n")
                    .append(" * {@code mvn -B test -Dtest=GeneratedSpecsTest -Dspecs.update=true} (see README, \"Development\").\n */\n")
                    .append("public final class GeneratedSpecs implements dev.circleview.cli.SpecFactory {\n")
                    .append("    static {\n        dev.circleview.cli.CommandTree.register(\"").append(pkg).append("\", new GeneratedSpecs());\n    }\n\n")
                    .append("    @Override\n    public CommandSpec spec(Object command, Object parent) {\n")
                    .append(dispatch).append("        return null;\n    }\n")
                    .append(methods);
            bound.forEach((type, fields) -> binding(out, type, fields));
            return out.append("}\n").toString();
        }

        private void command(CommandSpec annotated, Class<?> type, String method) {
            StringBuilder b = methods;
            variables = 0;
            b.append("\n    private static CommandSpec ").append(method).append('(').append(name(type)).append(" c, Object parent) {\n");
            Map<Class<?>, String> targets = new LinkedHashMap<>();
            target(targets, type, "c");
            for (Field f : fields(type)) {
                if (f.isAnnotationPresent(Mixin.class)) {
                    b.append("        if (c.").append(f.getName()).append(" == null) {\n            c.").append(f.getName())
                            .append(" = new ").append(name(f.getType())).append("();\n        }\n");
                    target(targets, f.getType(), "c." + f.getName());
                } else if (f.isAnnotationPresent(ParentCommand.class)) {
                    b.append("        c.").append(f.getName()).append(" = (").append(name(f.getType())).append(") parent;\n");
                }
            }
            b.append("        CommandSpec spec = CommandSpec.wrapWithoutInspection(c);\n");
            for (Field f : fields(type)) {
                if (f.isAnnotationPresent(Spec.class)) {
                    b.append("        c.").append(f.getName()).append(" = spec;\n");
                }
            }
            commandAttributes(type.getAnnotation(Command.class));
            for (ArgSpec arg : annotated.args()) {
                if (!arg.inherited()) {
                    arg(arg, targets);
                }
            }
            b.append("        return spec;\n    }\n");
        }

        /** Fields declared by {@code type} or a superclass of it are reached through {@code expression}. */
        private static void target(Map<Class<?>, String> targets, Class<?> type, String expression) {
            for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
                targets.put(c, expression);
            }
        }

        private void commandAttributes(Command command) {
            line("spec.name(" + literal(command.name()) + ");");
            for (Map.Entry<String, Object> a : nonDefault(command, COMMAND_ATTRIBUTES).entrySet()) {
                Object v = a.getValue();
                switch (a.getKey()) {
                    case "name" -> {
                        // first, above
                    }
                    case "aliases" -> line("spec.aliases(" + literal(v) + ");");
                    case "versionProvider" -> line("spec.versionProvider(new " + name((Class<?>) v) + "());");
                    case "helpCommand" -> line("spec.helpCommand(" + literal(v) + ");");
                    case "mixinStandardHelpOptions" -> {
                        // the help options come with the other options
                    }
                    default -> line("spec.usageMessage()." + a.getKey() + "(" + literal(v) + ");");
                }
            }
        }

        private void arg(ArgSpec arg, Map<Class<?>, String> targets) {
            Field field = arg.userObject() instanceof Field f ? f : null;
            if (field == null) {
                throw new IllegalStateException("only options and parameters on fields can be generated: " + arg);
            }
            Annotation a = field.isAnnotationPresent(Option.class) ? field.getAnnotation(Option.class) : field.getAnnotation(Parameters.class);
            boolean option = a instanceof Option;
            StringBuilder e = new StringBuilder(option ? "OptionSpec.builder(" + literal(((Option) a).names()) + ")"
                    : "PositionalParamSpec.builder()");
            Map<String, Object> attributes = nonDefault(a, ARG_ATTRIBUTES);
            for (Map.Entry<String, Object> attr : attributes.entrySet()) {
                Object v = attr.getValue();
                switch (attr.getKey()) {
                    case "names" -> {
                    }
                    case "scope" -> e.append(".scopeType(picocli.CommandLine.ScopeType.").append(v).append(')');
                    case "completionCandidates" -> e.append(".completionCandidates(new ").append(name((Class<?>) v)).append("())");
                    case "split" -> e.append(".splitRegex(").append(literal(v)).append(')');
                    default -> e.append('.').append(attr.getKey()).append('(').append(literal(v)).append(')');
                }
            }
            if (!option && arg.required()) {
                // picocli derives this from the arity of an annotated positional parameter
                e.append(".required(true)");
            }
            if (!attributes.containsKey("paramLabel")) {
                // picocli's label for an annotated field that names none
                e.append(".paramLabel(").append(literal("<" + field.getName() + ">")).append(')');
            }
            e.append(".type(").append(name(arg.type())).append(".class)");
            if (arg.auxiliaryTypes().length > 0 && !(arg.auxiliaryTypes().length == 1 && arg.auxiliaryTypes()[0] == arg.type())) {
                e.append(".auxiliaryTypes(").append(Arrays.stream(arg.auxiliaryTypes()).map(t -> name(t) + ".class")
                        .collect(Collectors.joining(", "))).append(')');
            }
            String target = targets.get(field.getDeclaringClass());
            if (target != null) {
                List<Field> fields = bound.computeIfAbsent(field.getDeclaringClass(), k -> new ArrayList<>());
                fields.add(field);
                String binding = "new " + field.getDeclaringClass().getSimpleName() + "Fields(" + target + ", " + (fields.size() - 1) + ")";
                String variable = "field" + ++variables;
                line("var " + variable + " = " + binding + ";");
                e.append(".getter(").append(variable).append(").setter(").append(variable).append(')')
                        .append(".initialValue(").append(target).append('.').append(field.getName()).append(").hasInitialValue(true)");
            } else if (option && (((Option) a).usageHelp() || ((Option) a).versionHelp())) {
                // picocli's own --help and --version: a flag that only says it was given
                e.append(".initialValue(false).hasInitialValue(true)");
            } else {
                throw new IllegalStateException(field + " is neither the command's nor one of its mixins'");
            }
            line((option ? "spec.addOption(" : "spec.addPositional(") + e + ".build());");
        }

        /** A getter and setter for each bound field of {@code type}, by number, by plain field access. */
        private void binding(StringBuilder out, Class<?> type, List<Field> fields) {
            String cls = type.getSimpleName() + "Fields";
            out.append("\n    private record ").append(cls).append('(').append(name(type)).append(" o, int field) implements IGetter, ISetter {\n")
                    .append("        @Override\n        @SuppressWarnings(\"unchecked\")\n        public <T> T get() {\n")
                    .append("            return (T) switch (field) {\n");
            for (int i = 0; i < fields.size(); i++) {
                out.append("                case ").append(i).append(" -> (Object) o.").append(fields.get(i).getName()).append(";\n");
            }
            out.append("                default -> throw new IllegalStateException(\"no field \" + field);\n            };\n        }\n\n")
                    .append("        @Override\n        @SuppressWarnings(\"unchecked\")\n        public <T> T set(T value) {\n")
                    .append("            T old = get();\n            switch (field) {\n");
            for (int i = 0; i < fields.size(); i++) {
                Field f = fields.get(i);
                out.append("                case ").append(i).append(" -> o.").append(f.getName()).append(" = (")
                        .append(boxed(f.getGenericType())).append(") value;\n");
            }
            out.append("                default -> throw new IllegalStateException(\"no field \" + field);\n            }\n")
                    .append("            return old;\n        }\n    }\n");
        }

        private void line(String statement) {
            methods.append("        ").append(statement).append('\n');
        }
    }

    /** The fields of {@code type} and its superclasses, as picocli reads them (superclass first). */
    private static List<Field> fields(Class<?> type) {
        List<Field> fields = new ArrayList<>();
        for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
            fields.addAll(0, Arrays.stream(c.getDeclaredFields()).filter(f -> !Modifier.isStatic(f.getModifiers())).toList());
        }
        return fields;
    }

    /** The attributes of {@code a} that differ from their defaults; one outside {@code known} is an error. */
    private static Map<String, Object> nonDefault(Annotation a, Set<String> known) {
        Map<String, Object> result = new LinkedHashMap<>();
        Method[] methods = a.annotationType().getDeclaredMethods();
        Arrays.sort(methods, (x, y) -> x.getName().compareTo(y.getName()));
        for (Method m : methods) {
            Object value;
            try {
                value = m.invoke(a);
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException(e);
            }
            if (!Objects.deepEquals(value, m.getDefaultValue())) {
                if (!known.contains(m.getName())) {
                    throw new IllegalStateException("@" + a.annotationType().getSimpleName() + "(" + m.getName()
                            + ") is not supported by " + SpecSource.class.getSimpleName() + ": add it there");
                }
                result.put(m.getName(), value);
            }
        }
        return result;
    }

    private static String name(Class<?> type) {
        return type.getCanonicalName();
    }

    /** The type a value is cast to before it is assigned to a field of {@code type}. */
    private static String boxed(Type type) {
        if (type instanceof Class<?> c && c.isPrimitive()) {
            return name(java.lang.invoke.MethodType.methodType(c).wrap().returnType());
        }
        if (type instanceof ParameterizedType p) {
            return name((Class<?>) p.getRawType()) + Arrays.stream(p.getActualTypeArguments()).map(SpecSource::boxed)
                    .collect(Collectors.joining(", ", "<", ">"));
        }
        return name((Class<?>) type);
    }

    private static String literal(Object v) {
        if (v instanceof String[] strings) {
            return Arrays.stream(strings).map(SpecSource::literal).collect(Collectors.joining(", "));
        }
        if (v instanceof String s) {
            StringBuilder b = new StringBuilder("\"");
            for (char ch : s.toCharArray()) {
                switch (ch) {
                    case '"' -> b.append("\\\"");
                    case '\\' -> b.append("\\\\");
                    case '\n' -> b.append("\\n");
                    default -> {
                        if (ch < 0x20 || ch > 0x7e) {
                            b.append(String.format("\\u%04x", (int) ch));
                        } else {
                            b.append(ch);
                        }
                    }
                }
            }
            return b.append('"').toString();
        }
        if (v instanceof Boolean || v instanceof Integer) {
            return v.toString();
        }
        throw new IllegalStateException("no literal for " + v.getClass());
    }
}
