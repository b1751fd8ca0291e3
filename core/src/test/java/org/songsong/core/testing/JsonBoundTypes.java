package org.songsong.core.testing;

import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Deque;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaCodeUnit;
import com.tngtech.archunit.core.domain.JavaField;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.domain.JavaParameterizedType;
import com.tngtech.archunit.core.domain.JavaType;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;

import io.quarkus.runtime.annotations.RegisterForReflection;

/**
 * The project's classes that Jackson reads or writes, found in the compiled code: a method that calls
 * Jackson (or the knowledge base's JSON reader, or sets a JSON response's entity) binds the classes it names as
 * literals, the types of its parameters and, when it writes, the classes it constructs; a bound class binds the types of its fields, type arguments included. A native image
 * keeps a class's constructors and accessors for Jackson only if it is registered for reflection.
 */
public final class JsonBoundTypes {

    private static final Set<String> JSON_OWNERS = Set.of("com.fasterxml.jackson.databind.ObjectMapper",
            "com.fasterxml.jackson.databind.ObjectReader", "com.fasterxml.jackson.databind.ObjectWriter",
            "com.fasterxml.jackson.core.JsonGenerator", "io.vertx.core.json.Json",
            "org.songsong.core.knowledge.KnowledgeFiles");

    private JsonBoundTypes() {
    }

    /** The names of the classes under {@code basePackage} that Jackson binds. */
    public static Set<String> in(String basePackage) {
        JavaClasses classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.songsong");
        Set<String> bound = new TreeSet<>();
        Deque<JavaClass> todo = new ArrayDeque<>();
        for (JavaClass owner : classes) {
            if (!owner.getPackageName().startsWith(basePackage)) {
                continue;
            }
            for (JavaCodeUnit unit : owner.getCodeUnits()) {
                boolean callsJson = unit.getMethodCallsFromSelf().stream()
                        .anyMatch(call -> JSON_OWNERS.contains(call.getTargetOwner().getName())
                                && !call.getName().equals("getFactory") && !call.getName().equals("<init>"))
                        || answersJson(unit);
                if (callsJson) {
                    unit.getReferencedClassObjects().forEach(literal -> todo.add(literal.getRawType()));
                    if (writesJson(unit)) { // what a writer constructs it writes; a reader constructs from what it read
                        unit.getConstructorCallsFromSelf().forEach(call -> todo.add(call.getTargetOwner()));
                    }
                    if (unit instanceof JavaMethod) { // a constructor's first may be its outer instance
                        unit.getRawParameterTypes().forEach(todo::add);
                    }
                }
            }
        }
        while (!todo.isEmpty()) {
            JavaClass type = todo.pop();
            if (type.isArray()) {
                todo.add(type.getComponentType());
                continue;
            }
            if (!type.getName().startsWith("org.songsong.") || type.isEnum() || !bound.add(type.getName())) {
                continue;
            }
            for (JavaField field : type.getFields()) {
                if (!field.getModifiers().contains(JavaModifier.STATIC)) {
                    typesOf(field.getType()).forEach(todo::add);
                }
            }
        }
        return bound;
    }

    private static boolean writesJson(JavaCodeUnit unit) {
        return answersJson(unit) || unit.getMethodCallsFromSelf().stream().anyMatch(call ->
                JSON_OWNERS.contains(call.getTargetOwner().getName())
                        && (call.getName().startsWith("write") || call.getName().startsWith("encode")));
    }

    /** A method that sets a response's entity and declares it JSON. */
    private static boolean answersJson(JavaCodeUnit unit) {
        return unit.getMethodCallsFromSelf().stream().anyMatch(call -> call.getName().equals("entity")
                && call.getTargetOwner().getName().equals("jakarta.ws.rs.core.Response$ResponseBuilder"))
                && unit.getFieldAccesses().stream().anyMatch(access -> access.getTarget().getName().startsWith("APPLICATION_JSON")
                        && access.getTargetOwner().getName().equals("jakarta.ws.rs.core.MediaType"));
    }

    private static Stream<JavaClass> typesOf(JavaType type) {
        Stream<JavaClass> own = Stream.of(type.toErasure());
        if (type instanceof JavaParameterizedType parameterized) {
            return Stream.concat(own, parameterized.getActualTypeArguments().stream().flatMap(JsonBoundTypes::typesOf));
        }
        return own;
    }

    /** The classes {@code registrations} and the classes annotated themselves register for reflection. */
    public static Set<String> registered(String basePackage, Class<?>... registrations) {
        Set<String> names = new TreeSet<>();
        for (Class<?> registration : registrations) {
            RegisterForReflection annotation = registration.getAnnotation(RegisterForReflection.class);
            Arrays.stream(annotation.targets()).map(Class::getName).forEach(names::add);
            names.addAll(Arrays.asList(annotation.classNames()));
        }
        new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages(basePackage)
                .stream().filter(c -> c.isAnnotatedWith(RegisterForReflection.class)).map(JavaClass::getName)
                .forEach(names::add);
        return names;
    }
}
