package dev.passerelle.elasticsearch.analysis;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Constructor;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.elasticsearch.plugin.NamedComponent;
import org.elasticsearch.plugin.Nameable;
import org.elasticsearch.plugin.analysis.AnalyzerFactory;
import org.elasticsearch.plugin.analysis.CharFilterFactory;
import org.elasticsearch.plugin.analysis.TokenFilterFactory;
import org.elasticsearch.plugin.analysis.TokenizerFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Elasticsearch registers components from named_components.json alone; Gradle's build plugin generates that file
 * from the annotations but Maven has no equivalent, so the hand-written file must list exactly the annotated classes.
 */
class NamedComponentsTest {

    private static final Path DECLARED = Path.of("src/main/plugin/named_components.json");
    private static final List<Class<?>> EXTENSIBLES =
            List.of(AnalyzerFactory.class, TokenFilterFactory.class, TokenizerFactory.class, CharFilterFactory.class);

    @Test
    void listsExactlyTheAnnotatedComponentsUnderTheirInterfaces() throws Exception {
        Map<String, Map<String, String>> annotated = new TreeMap<>();
        for (Class<?> component : componentClasses().toList()) {
            String name = component.getAnnotation(NamedComponent.class).value();
            EXTENSIBLES.stream()
                    .filter(extensible -> extensible.isAssignableFrom(component))
                    .forEach(extensible -> annotated.computeIfAbsent(extensible.getName(), k -> new TreeMap<>())
                            .put(name, component.getName()));
        }
        assertEquals(annotated, declared());
    }

    @Test
    void prefixesEveryName() throws Exception {
        assertAll(declared().values().stream()
                .flatMap(components -> components.keySet().stream())
                .map(name -> () -> assertTrue(name.startsWith("passerelle_"), name)));
    }

    // Elasticsearch calls the single public constructor: without parameters, or @Inject with @AnalysisSettings ones.
    // No component takes settings yet, so that constructor is the implicit no-argument one.
    @ParameterizedTest
    @MethodSource("componentClasses")
    void instantiatesThroughItsOnlyPublicConstructor(Class<?> component) throws Exception {
        assertTrue(Modifier.isPublic(component.getModifiers()), "Elasticsearch loads it by reflection");
        Constructor<?>[] constructors = component.getConstructors();
        assertEquals(1, constructors.length);
        assertEquals(0, constructors[0].getParameterCount());

        Nameable instance = (Nameable) constructors[0].newInstance();
        assertEquals(component.getAnnotation(NamedComponent.class).value(), instance.name());
    }

    static Stream<Class<?>> componentClasses() throws Exception {
        Path classes = Path.of(FrenchAnalyzerFactory.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        try (Stream<Path> files = Files.walk(classes)) {
            List<String> names = files.map(classes::relativize)
                    .map(Path::toString)
                    .filter(file -> file.endsWith(".class") && !file.endsWith("package-info.class"))
                    .map(file -> file.substring(0, file.length() - ".class".length()).replace('/', '.'))
                    .toList();
            return names.stream().<Class<?>>map(NamedComponentsTest::load)
                    .filter(type -> type.isAnnotationPresent(NamedComponent.class));
        }
    }

    private static Map<String, Map<String, String>> declared() throws Exception {
        return JsonMapper.shared()
                .readValue(Files.readString(DECLARED), new TypeReference<TreeMap<String, Map<String, String>>>() {});
    }

    private static Class<?> load(String name) {
        try {
            return Class.forName(name);
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(e);
        }
    }
}
