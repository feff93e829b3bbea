package org.warrant.testing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The real Argdown parser, {@code @argdown/core} from the npm registry, run with the project's own Node
 * ({@code .node/}, which the build provisions). Installed once into {@code target/argdown-parser} from
 * {@code src/test/argdown} (its package.json pins the version); {@link #parse} reads a folder of .argdown files
 * in one Node process and returns what the parser made of each: errors, statements, arguments, relations.
 */
public final class ArgdownParser {

    private static final Path SOURCE = Path.of("src/test/argdown");
    private static final Path HOME = Path.of("target/argdown-parser");
    private static final Path NODE = NpmPackage.NODE;

    private ArgdownParser() {
    }

    /** What the parser read, by file name without ".argdown"; {@code millis} is its own time for all of them. */
    public record Parsed(Map<String, JsonNode> files, double millis) {
    }

    public static synchronized Parsed parse(Path folder) throws IOException, InterruptedException {
        install();
        String printed = run(List.of(NODE.toAbsolutePath().toString(), HOME.resolve("parse.mjs").toAbsolutePath().toString(),
                folder.toAbsolutePath().toString()), HOME);
        JsonMapper json = JsonMapper.builder().build();
        Map<String, JsonNode> files = new java.util.TreeMap<>();
        try (var list = Files.list(folder)) {
            for (Path p : list.filter(p -> p.toString().endsWith(".json")).toList()) {
                files.put(p.getFileName().toString().replaceFirst("\\.json$", ""), json.readTree(Files.readString(p)));
            }
        }
        String last = printed.strip().lines().reduce((a, b) -> b).orElse("{}");
        return new Parsed(files, json.readTree(last).path("millis").asDouble());
    }

    /** The parser's own median time to parse and model one file, after warm-up runs in the same Node process. */
    public static JsonNode time(Path file, int warmUp, int runs) throws IOException, InterruptedException {
        install();
        String printed = run(List.of(NODE.toAbsolutePath().toString(), HOME.resolve("time.mjs").toAbsolutePath().toString(),
                file.toAbsolutePath().toString(), String.valueOf(warmUp), String.valueOf(runs)), HOME);
        return JsonMapper.builder().build().readTree(printed.strip().lines().reduce((a, b) -> b).orElse("{}"));
    }

    private static void install() throws IOException, InterruptedException {
        NpmPackage.install(SOURCE, HOME, List.of("package.json", "package-lock.json", "parse.mjs", "time.mjs"), "node_modules/@argdown/core/package.json");
    }

    private static String run(List<String> command, Path dir) throws IOException, InterruptedException {
        return NpmPackage.run(command, dir);
    }
}
