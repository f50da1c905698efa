package id.go.bimakota.pilar.client;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.lang.reflect.Member;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Type;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The public API of the library is what {@code field-client/public-api.txt} lists: every type an app
 * can reach, with its public and protected constructors, methods and fields. Apps are built against a
 * version and updated slowly in the field, so any change here must be a deliberate edit of that file:
 * an addition is a minor version, a change or removal a major one.
 *
 * <p>After a deliberate change: {@code ./mvnw -pl field-client test -Dtest=PublicApiTest
 * -Dpilar.api.update=true}, then review and commit the file.
 */
class PublicApiTest {

    private static final Path BASELINE = Path.of("public-api.txt");

    @Test
    void thePublicApiIsTheCommittedBaseline() throws Exception {
        List<String> actual = listing();
        if (Boolean.getBoolean("pilar.api.update")) {
            Files.write(BASELINE, actual, StandardCharsets.UTF_8);
            return;
        }
        List<String> expected = Files.readAllLines(BASELINE, StandardCharsets.UTF_8);
        if (!expected.equals(actual)) {
            Set<String> removed = new LinkedHashSet<>(expected);
            removed.removeAll(actual);
            Set<String> added = new LinkedHashSet<>(actual);
            added.removeAll(expected);
            fail("The public API differs from " + BASELINE.toAbsolutePath() + ".\nGone or changed (breaks apps "
                    + "built against the baseline):" + lines(removed) + "\nNew:" + lines(added)
                    + "\nIf this is deliberate, rerun with -Dpilar.api.update=true and commit the file.");
        }
    }

    /** The listing sees only what an app can reach: internals stay out of it, so they stay free to change. */
    @Test
    void internalsAreNotPartOfIt() throws Exception {
        String listing = String.join("\n", listing());
        assertTrue(listing.contains("public final class id.go.bimakota.pilar.client.OutboxItem\n"), listing);
        assertTrue(listing.contains("public java.lang.String ref()"), listing);
        assertFalse(listing.contains("StoredItem"), "a package-private type is listed");
        assertFalse(listing.contains("OutboxItem(java.lang.String"), "a package-private constructor is listed");
        assertFalse(listing.contains("REF_PREFIX"), "a package-private field is listed");
    }

    private static String lines(Set<String> lines) {
        return lines.isEmpty() ? " none" : "\n  " + String.join("\n  ", lines);
    }

    /** Every public type, then its members indented under it, each group sorted. */
    static List<String> listing() throws IOException, ClassNotFoundException, URISyntaxException {
        Path root = Path.of(PilarClient.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        List<String> classNames;
        try (Stream<Path> files = Files.walk(root)) {
            classNames = files.filter(file -> file.toString().endsWith(".class"))
                    .map(file -> root.relativize(file).toString().replace(root.getFileSystem().getSeparator(), ".")
                            .replaceAll("\\.class$", ""))
                    .sorted()
                    .collect(Collectors.toList());
        }
        List<String> lines = new ArrayList<>();
        for (String name : classNames) {
            Class<?> type = Class.forName(name, false, PilarClient.class.getClassLoader());
            if (!reachable(type)) {
                continue;
            }
            lines.add(header(type));
            Set<String> members = new TreeSet<>();
            for (Constructor<?> constructor : type.getDeclaredConstructors()) {
                if (visible(constructor) && !constructor.isSynthetic()) {
                    members.add(constructor.toGenericString());
                }
            }
            for (Method method : type.getDeclaredMethods()) {
                if (visible(method) && !method.isSynthetic() && !method.isBridge()) {
                    members.add(withoutOwner(method.toGenericString(), type));
                }
            }
            for (Field field : type.getDeclaredFields()) {
                if (visible(field) && !field.isSynthetic()) {
                    members.add(withoutOwner(field.toGenericString(), type));
                }
            }
            members.forEach(member -> lines.add("  " + member));
        }
        return lines;
    }

    /** Public, and so is every type it is nested in. */
    private static boolean reachable(Class<?> type) {
        for (Class<?> c = type; c != null; c = c.getEnclosingClass()) {
            if (c.isAnonymousClass() || c.isLocalClass() || c.isSynthetic()
                    || !(Modifier.isPublic(c.getModifiers()) || Modifier.isProtected(c.getModifiers()))) {
                return false;
            }
        }
        return true;
    }

    private static boolean visible(Member member) {
        int modifiers = member.getModifiers();
        boolean extendable = !Modifier.isFinal(member.getDeclaringClass().getModifiers());
        return Modifier.isPublic(modifiers) || (extendable && Modifier.isProtected(modifiers));
    }

    private static String header(Class<?> type) {
        StringBuilder header = new StringBuilder(type.toGenericString());
        Type superclass = type.getGenericSuperclass();
        if (superclass != null && superclass != Object.class && !type.isEnum() && !type.isRecord()) {
            header.append(" extends ").append(superclass.getTypeName());
        }
        Type[] interfaces = type.getGenericInterfaces();
        if (interfaces.length > 0) {
            header.append(type.isInterface() ? " extends " : " implements ").append(Stream.of(interfaces)
                    .map(Type::getTypeName).collect(Collectors.joining(", ")));
        }
        return header.toString();
    }

    /** {@code public int id.go….Page.size()} reads {@code public int size()} under its type. */
    private static String withoutOwner(String member, Class<?> owner) {
        return member.replace(" " + owner.getTypeName() + ".", " ");
    }
}
