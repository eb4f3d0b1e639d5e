package dev.circleview.codegen;

import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.RoundEnvironment;
import javax.annotation.processing.SupportedAnnotationTypes;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.PackageElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.tools.Diagnostic;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Writes, for each class annotated with picocli's {@code @Command}, a class {@code <Command>Model}
 * beside it whose {@code spec(command, parent)} makes the command's picocli model with picocli's
 * programmatic API, bound to the command's fields by plain field access: what picocli would
 * otherwise read from the annotations at every start (reflection, and a proxy class per annotation
 * type). Each annotation attribute is copied as written; one this processor does not know stops the
 * build, so that a model can never silently differ from its annotations (the tests compare the two).
 * Runs in javac while the main sources compile; it is not part of the shipped jar. It is the only
 * processor there, so it claims every annotation (javac would otherwise warn that none claimed them).
 */
@SupportedAnnotationTypes("*")
public final class CommandModelProcessor extends AbstractProcessor {
    static final String COMMAND = "picocli.CommandLine.Command";
    private static final String OPTION = "picocli.CommandLine.Option";
    private static final String PARAMETERS = "picocli.CommandLine.Parameters";
    private static final String MIXIN = "picocli.CommandLine.Mixin";
    private static final String PARENT = "picocli.CommandLine.ParentCommand";
    private static final String SPEC = "picocli.CommandLine.Spec";
    private static final Set<String> COMMAND_ATTRIBUTES = Set.of("name", "aliases", "description", "header", "footer",
            "footerHeading", "headerHeading", "descriptionHeading", "synopsisHeading", "optionListHeading",
            "parameterListHeading", "commandListHeading", "versionProvider", "mixinStandardHelpOptions",
            "hidden", "sortOptions", "helpCommand");
    private static final Set<String> ARG_ATTRIBUTES = Set.of("names", "index", "description", "arity", "paramLabel", "required",
            "hidden", "defaultValue", "scope", "completionCandidates", "usageHelp", "versionHelp", "descriptionKey", "split",
            "negatable", "fallbackValue", "order", "hideParamSyntax", "preprocessor");

    @Override
    public SourceVersion getSupportedSourceVersion() {
        return SourceVersion.latestSupported();
    }

    @Override
    public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
        TypeElement command = processingEnv.getElementUtils().getTypeElement(COMMAND);
        if (command == null) {
            return true;
        }
        for (Element e : round.getElementsAnnotatedWith(command)) {
            // ours only: picocli's own sources (compiled with ours) have commands of their own
            if (e.getKind() == ElementKind.CLASS && e.getEnclosingElement().getKind() == ElementKind.PACKAGE
                    && ((PackageElement) e.getEnclosingElement()).getQualifiedName().toString().startsWith("dev.circleview")) {
                try {
                    write((TypeElement) e);
                } catch (IllegalStateException ex) {
                    processingEnv.getMessager().printMessage(Diagnostic.Kind.ERROR, ex.getMessage(), e);
                }
            }
        }
        return true;
    }

    private void write(TypeElement type) {
        String pkg = ((PackageElement) type.getEnclosingElement()).getQualifiedName().toString();
        String name = type.getSimpleName() + "Model";
        String source = new ModelWriter(pkg, name).source(type);
        try (Writer out = processingEnv.getFiler().createSourceFile(pkg + "." + name, type).openWriter()) {
            out.write(source);
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }

    /** One command's model class. */
    private final class ModelWriter {
        private final String pkg;
        private final String name;
        private final StringBuilder body = new StringBuilder();
        /** The classes whose fields options are bound to, in order, with the fields bound. */
        private final Map<TypeElement, List<VariableElement>> bound = new LinkedHashMap<>();
        private int variables;

        ModelWriter(String pkg, String name) {
            this.pkg = pkg;
            this.name = name;
        }

        String source(TypeElement type) {
            String cls = type.getQualifiedName().toString();
            Map<TypeElement, String> targets = new LinkedHashMap<>();
            target(targets, type, "c");
            line("");
            for (VariableElement f : fields(type)) {
                if (annotation(f, MIXIN) != null) {
                    String mixin = typeName(f.asType());
                    body.append("        if (c.").append(f.getSimpleName()).append(" == null) {\n            c.").append(f.getSimpleName())
                            .append(" = new ").append(mixin).append("();\n        }\n");
                    target(targets, (TypeElement) ((DeclaredType) f.asType()).asElement(), "c." + f.getSimpleName());
                } else if (annotation(f, PARENT) != null) {
                    line("c." + f.getSimpleName() + " = (" + typeName(f.asType()) + ") parent;");
                }
            }
            line("CommandSpec spec = CommandSpec.wrapWithoutInspection(c);");
            for (VariableElement f : fields(type)) {
                if (annotation(f, SPEC) != null) {
                    line("c." + f.getSimpleName() + " = spec;");
                }
            }
            AnnotationMirror command = annotation(type, COMMAND);
            commandAttributes(command);
            for (VariableElement f : fields(type)) {
                if (annotation(f, MIXIN) != null) {
                    for (VariableElement m : fields((TypeElement) ((DeclaredType) f.asType()).asElement())) {
                        arg(m, targets);
                    }
                } else {
                    arg(f, targets);
                }
            }
            if (Boolean.TRUE.equals(explicit(command).get("mixinStandardHelpOptions"))) {
                line("spec.addOption(OptionSpec.builder(\"${picocli.help.name.0:--h}\", \"${picocli.help.name.1:---help}\")"
                        + ".description(\"Show this help message and exit.\").descriptionKey(\"mixinStandardHelpOptions.help\")"
                        + ".usageHelp(true).paramLabel(\"<helpRequested>\").type(boolean.class).initialValue(false).hasInitialValue(true).build());");
                line("spec.addOption(OptionSpec.builder(\"${picocli.version.name.0:--V}\", \"${picocli.version.name.1:---version}\")"
                        + ".description(\"Print version information and exit.\").descriptionKey(\"mixinStandardHelpOptions.version\")"
                        + ".versionHelp(true).paramLabel(\"<versionRequested>\").type(boolean.class).initialValue(false).hasInitialValue(true).build());");
            }
            line("return spec;");

            StringBuilder out = new StringBuilder();
            out.append("package ").append(pkg).append(";\n\n")
                    .append("import picocli.CommandLine.Model.CommandSpec;\n")
                    .append("import picocli.CommandLine.Model.IGetter;\n")
                    .append("import picocli.CommandLine.Model.ISetter;\n")
                    .append("import picocli.CommandLine.Model.OptionSpec;\n")
                    .append("import picocli.CommandLine.Model.PositionalParamSpec;\n\n")
                    .append("/** The picocli model of {@link ").append(type.getSimpleName())
                    .append("}, generated at build time from its annotations by dev.circleview.codegen.CommandModelProcessor. */\n")
                    .append("@javax.annotation.processing.Generated(\"dev.circleview.codegen.CommandModelProcessor\")\n")
                    .append("public final class ").append(name).append(" {\n")
                    .append("    private ").append(name).append("() {\n    }\n\n")
                    .append("    /** The model of {@code c}; {@code parent} is the user object of its parent command, or null. */\n")
                    .append("    @SuppressWarnings(\"unused\")\n")
                    .append("    public static CommandSpec spec(").append(cls).append(" c, Object parent) {")
                    .append(body).append("    }\n");
            bound.forEach((t, fields) -> binding(out, t, fields));
            return out.append("}\n").toString();
        }

        private void commandAttributes(AnnotationMirror command) {
            Map<String, Object> attributes = explicit(command);
            line("spec.name(" + literal(attributes.getOrDefault("name", "<main class>")) + ");");
            for (Map.Entry<String, Object> a : new TreeMap<>(attributes).entrySet()) {
                Object v = a.getValue();
                if (!COMMAND_ATTRIBUTES.contains(a.getKey())) {
                    throw new IllegalStateException("@Command(" + a.getKey() + ") is not supported by CommandModelProcessor: add it there");
                }
                switch (a.getKey()) {
                    case "name", "mixinStandardHelpOptions" -> {
                        // the name first, above; the help options come with the other options
                    }
                    case "aliases" -> line("spec.aliases(" + literal(v) + ");");
                    case "versionProvider" -> line("spec.versionProvider(new " + typeName((TypeMirror) v) + "());");
                    case "helpCommand" -> line("spec.helpCommand(" + literal(v) + ");");
                    default -> line("spec.usageMessage()." + a.getKey() + "(" + literal(v) + ");");
                }
            }
        }

        private void arg(VariableElement field, Map<TypeElement, String> targets) {
            AnnotationMirror a = annotation(field, OPTION);
            boolean option = a != null;
            if (!option) {
                a = annotation(field, PARAMETERS);
            }
            if (a == null) {
                return;
            }
            Map<String, Object> attributes = new TreeMap<>(explicit(a));
            StringBuilder e = new StringBuilder(option ? "OptionSpec.builder(" + literal(attributes.get("names")) + ")"
                    : "PositionalParamSpec.builder()");
            for (Map.Entry<String, Object> attr : attributes.entrySet()) {
                Object v = attr.getValue();
                if (!ARG_ATTRIBUTES.contains(attr.getKey())) {
                    throw new IllegalStateException("@" + (option ? "Option" : "Parameters") + "(" + attr.getKey()
                            + ") is not supported by CommandModelProcessor: add it there");
                }
                switch (attr.getKey()) {
                    case "names" -> {
                    }
                    case "scope" -> e.append(".scopeType(picocli.CommandLine.ScopeType.").append(v).append(')');
                    case "completionCandidates" -> e.append(".completionCandidates(new ").append(typeName((TypeMirror) v)).append("())");
                    case "preprocessor" -> e.append(".preprocessor(new ").append(typeName((TypeMirror) v)).append("())");
                    case "split" -> e.append(".splitRegex(").append(literal(v)).append(')');
                    default -> e.append('.').append(attr.getKey()).append('(').append(literal(v)).append(')');
                }
            }
            if (!option) {
                // picocli derives this from the arity of an annotated positional parameter (1 unless given)
                String arity = (String) attributes.get("arity");
                if (arity == null || !arity.startsWith("0")) {
                    e.append(".required(true)");
                }
            }
            if (!attributes.containsKey("paramLabel")) {
                // picocli's label for an annotated field that names none
                e.append(".paramLabel(").append(literal("<" + field.getSimpleName() + ">")).append(')');
            }
            TypeMirror type = field.asType();
            e.append(".type(").append(erasure(type)).append(".class)");
            if (type instanceof DeclaredType d && !d.getTypeArguments().isEmpty()) {
                e.append(".auxiliaryTypes(").append(d.getTypeArguments().stream().map(t -> erasure(t) + ".class")
                        .collect(Collectors.joining(", "))).append(')');
            }
            TypeElement owner = (TypeElement) field.getEnclosingElement();
            String target = targets.get(owner);
            if (target == null) {
                throw new IllegalStateException(field + " is neither the command's nor one of its mixins'");
            }
            List<VariableElement> fields = bound.computeIfAbsent(owner, k -> new ArrayList<>());
            fields.add(field);
            String variable = "field" + ++variables;
            line("var " + variable + " = new " + owner.getSimpleName() + "Fields(" + target + ", " + (fields.size() - 1) + ");");
            e.append(".getter(").append(variable).append(").setter(").append(variable).append(')')
                    .append(".initialValue(").append(target).append('.').append(field.getSimpleName()).append(").hasInitialValue(true)");
            line((option ? "spec.addOption(" : "spec.addPositional(") + e + ".build());");
        }

        /** A getter and setter for each bound field of {@code type}, by number, by plain field access. */
        private void binding(StringBuilder out, TypeElement type, List<VariableElement> fields) {
            String cls = type.getSimpleName() + "Fields";
            out.append("\n    private record ").append(cls).append('(').append(type.getQualifiedName()).append(" o, int field) implements IGetter, ISetter {\n")
                    .append("        @Override\n        @SuppressWarnings(\"unchecked\")\n        public <T> T get() {\n")
                    .append("            return (T) switch (field) {\n");
            for (int i = 0; i < fields.size(); i++) {
                out.append("                case ").append(i).append(" -> (Object) o.").append(fields.get(i).getSimpleName()).append(";\n");
            }
            out.append("                default -> throw new IllegalStateException(\"no field \" + field);\n            };\n        }\n\n")
                    .append("        @Override\n        @SuppressWarnings(\"unchecked\")\n        public <T> T set(T value) {\n")
                    .append("            T old = get();\n            switch (field) {\n");
            for (int i = 0; i < fields.size(); i++) {
                VariableElement f = fields.get(i);
                out.append("                case ").append(i).append(" -> o.").append(f.getSimpleName()).append(" = (")
                        .append(boxed(f.asType())).append(") value;\n");
            }
            out.append("                default -> throw new IllegalStateException(\"no field \" + field);\n            }\n")
                    .append("            return old;\n        }\n    }\n");
        }

        private void line(String statement) {
            body.append(statement.isEmpty() ? "\n" : "        " + statement + "\n");
        }
    }

    /** Fields declared by {@code type} or a superclass of it are reached through {@code expression}. */
    private static void target(Map<TypeElement, String> targets, TypeElement type, String expression) {
        for (TypeElement t = type; t != null && !t.getQualifiedName().contentEquals("java.lang.Object"); t = superclass(t)) {
            targets.put(t, expression);
        }
    }

    private static TypeElement superclass(TypeElement type) {
        TypeMirror s = type.getSuperclass();
        return s.getKind() == TypeKind.DECLARED ? (TypeElement) ((DeclaredType) s).asElement() : null;
    }

    /** The instance fields of {@code type} and its superclasses, as picocli reads them (superclass first). */
    private static List<VariableElement> fields(TypeElement type) {
        List<VariableElement> fields = new ArrayList<>();
        for (TypeElement t = type; t != null && !t.getQualifiedName().contentEquals("java.lang.Object"); t = superclass(t)) {
            List<VariableElement> own = new ArrayList<>();
            for (Element e : t.getEnclosedElements()) {
                if (e.getKind() == ElementKind.FIELD && !e.getModifiers().contains(Modifier.STATIC)) {
                    own.add((VariableElement) e);
                }
            }
            fields.addAll(0, own);
        }
        return fields;
    }

    private static AnnotationMirror annotation(Element e, String type) {
        for (AnnotationMirror m : e.getAnnotationMirrors()) {
            if (((TypeElement) m.getAnnotationType().asElement()).getQualifiedName().contentEquals(type)) {
                return m;
            }
        }
        return null;
    }

    /** The attributes written in the annotation, by name: strings, booleans, numbers, types, enum constants' names, lists. */
    private static Map<String, Object> explicit(AnnotationMirror a) {
        Map<String, Object> values = new LinkedHashMap<>();
        for (Map.Entry<? extends ExecutableElement, ? extends AnnotationValue> e : a.getElementValues().entrySet()) {
            values.put(e.getKey().getSimpleName().toString(), value(e.getValue()));
        }
        return values;
    }

    private static Object value(AnnotationValue v) {
        Object o = v.getValue();
        if (o instanceof List<?> list) {
            return list.stream().map(x -> (String) value((AnnotationValue) x)).toArray(String[]::new);
        }
        if (o instanceof VariableElement constant) {
            return constant.getSimpleName().toString();
        }
        return o;
    }

    private static String typeName(TypeMirror t) {
        return ((TypeElement) ((DeclaredType) t).asElement()).getQualifiedName().toString();
    }

    private String erasure(TypeMirror t) {
        return t.getKind().isPrimitive() ? t.toString() : processingEnv.getTypeUtils().erasure(t).toString();
    }

    /** The type a value is cast to before it is assigned to a field of {@code type}. */
    private String boxed(TypeMirror type) {
        if (type.getKind().isPrimitive()) {
            return processingEnv.getTypeUtils().boxedClass((javax.lang.model.type.PrimitiveType) type).getQualifiedName().toString();
        }
        return type.toString();
    }

    private static String literal(Object v) {
        if (v instanceof String[] strings) {
            return java.util.Arrays.stream(strings).map(CommandModelProcessor::literal).collect(Collectors.joining(", "));
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
