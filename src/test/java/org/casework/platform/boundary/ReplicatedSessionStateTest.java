package org.casework.platform.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.context.SessionScoped;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.Serializable;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The web application is distributable: a node's sessions are copied to the other nodes, and Payara drops a session
 * attribute it cannot serialize (the JSF view map holding every view-scoped bean), so a user whose node is lost would
 * find the page they were on reset. Every view- and session-scoped bean must therefore serialize whole: its state
 * made of serializable types all the way down, and the services it calls injected as (serializable) client proxies,
 * not as transient fields that would come back null on the node that takes over.
 */
class ReplicatedSessionStateTest {

    @Test
    void everyViewAndSessionScopedBeanSerializesAllTheWayDown() throws Exception {
        List<Class<?>> beans = sessionHeldBeans();
        assertThat(beans).as("the view-scoped beans found").hasSizeGreaterThan(10);
        List<String> problems = new ArrayList<>();
        for (Class<?> bean : beans) {
            if (!Serializable.class.isAssignableFrom(bean)) {
                problems.add(bean.getName() + " is not Serializable");
            }
            for (Field field : fields(bean)) {
                String where = bean.getSimpleName() + "." + field.getName();
                if (field.isAnnotationPresent(Inject.class)) {
                    if (field.isAnnotationPresent(ConfigProperty.class)) {
                        // Weld refuses to deploy it: a config value is a dependent, non-passivation-capable bean
                        problems.add(where + " injects a @ConfigProperty into a passivating scope");
                    }
                    if (Modifier.isTransient(field.getModifiers())) {
                        problems.add(where + " is injected but transient: null after the session moves");
                    }
                    if (!isNormalScoped(field.getType())) {
                        walk(field.getGenericType(), where, new HashSet<>(), problems);
                    }
                } else if (!Modifier.isTransient(field.getModifiers())) {
                    walk(field.getGenericType(), where, new HashSet<>(), problems);
                }
            }
        }
        assertThat(problems).isEmpty();
    }

    private static void walk(Type type, String where, Set<Type> seen, List<String> problems) {
        if (!seen.add(type)) {
            return;
        }
        if (type instanceof ParameterizedType p) {
            walk(p.getRawType(), where, seen, problems);
            for (Type argument : p.getActualTypeArguments()) {
                walk(argument, where + "<>", seen, problems);
            }
            return;
        }
        if (!(type instanceof Class<?> c) || c.isPrimitive() || c.isEnum()) {
            return; // wildcards and type variables are walked where they are bound
        }
        if (c.isArray()) {
            walk(c.getComponentType(), where + "[]", seen, problems);
            return;
        }
        if (c.isInterface() && c.getName().startsWith("java.")) {
            return; // List, Map, Set: the implementations the code builds are all serializable
        }
        if (!Serializable.class.isAssignableFrom(c)) {
            problems.add(where + " holds " + c.getName() + ", which is not Serializable");
            return;
        }
        if (c.getName().startsWith("org.casework.")) {
            for (Field field : fields(c)) {
                if (!Modifier.isTransient(field.getModifiers())) {
                    walk(field.getGenericType(), where + "." + field.getName(), seen, problems);
                }
            }
        }
    }

    private static List<Field> fields(Class<?> c) {
        List<Field> fields = new ArrayList<>();
        // a library's superclass (PrimeFaces' LazyDataModel) is its authors' to keep serializable
        for (Class<?> k = c; k != null && k.getName().startsWith("org.casework."); k = k.getSuperclass()) {
            for (Field f : k.getDeclaredFields()) {
                if (!Modifier.isStatic(f.getModifiers()) && !f.isSynthetic()) {
                    fields.add(f);
                }
            }
        }
        return fields;
    }

    private static boolean isNormalScoped(Class<?> type) {
        return type.isAnnotationPresent(ApplicationScoped.class) || type.isAnnotationPresent(RequestScoped.class)
                || type.isAnnotationPresent(ViewScoped.class) || type.isAnnotationPresent(SessionScoped.class);
    }

    private static List<Class<?>> sessionHeldBeans() throws IOException, URISyntaxException {
        Path classes = Path.of(DatabaseOutage.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        List<Class<?>> beans = new ArrayList<>();
        try (Stream<Path> files = Files.walk(classes)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".class")).toList()) {
                String name = classes.relativize(file).toString().replace('/', '.').replaceAll("\\.class$", "");
                try {
                    Class<?> c = Class.forName(name, false, ReplicatedSessionStateTest.class.getClassLoader());
                    if (c.isAnnotationPresent(ViewScoped.class) || c.isAnnotationPresent(SessionScoped.class)) {
                        beans.add(c);
                    }
                } catch (ClassNotFoundException | LinkageError e) {
                    // a class whose dependencies are not on the test class path cannot be a bean of ours
                }
            }
        }
        return beans;
    }
}
