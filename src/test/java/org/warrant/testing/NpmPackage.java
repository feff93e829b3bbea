package org.warrant.testing;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A package from the npm registry that tests use (the Argdown parser, axe-core), installed once with the project's
 * own Node ({@code .node/}, which the build provisions) from a folder under {@code src/test} whose package.json and
 * package-lock.json pin it, into a folder under {@code target}.
 */
public final class NpmPackage {

    static final Path NODE = Path.of(".node/bin/node");
    private static final Path NPM = Path.of(".node/lib/node_modules/npm/bin/npm-cli.js");

    private NpmPackage() {
    }

    /** Copies {@code files} from {@code source} to {@code home}, and runs {@code npm ci} there unless {@code installed} exists. */
    public static synchronized Path install(Path source, Path home, List<String> files, String installed) throws IOException, InterruptedException {
        Files.createDirectories(home);
        for (String file : files) {
            Files.copy(source.resolve(file), home.resolve(file), StandardCopyOption.REPLACE_EXISTING);
        }
        if (!Files.exists(home.resolve(installed))) {
            run(List.of(NODE.toAbsolutePath().toString(), NPM.toAbsolutePath().toString(), "ci", "--no-audit", "--no-fund",
                    "--loglevel=error"), home);
        }
        return home;
    }

    /** Runs a command in {@code dir} with the project's Node first on the path; its output, or an exception saying why not. */
    public static String run(List<String> command, Path dir) throws IOException, InterruptedException {
        Path output = Files.createTempFile("npm", ".log");
        ProcessBuilder builder = new ProcessBuilder(new ArrayList<>(command)).directory(dir.toFile())
                .redirectErrorStream(true).redirectOutput(output.toFile());
        builder.environment().put("PATH", NODE.toAbsolutePath().getParent() + ":" + System.getenv("PATH"));
        Process process = builder.start();
        if (!process.waitFor(10, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            throw new IOException(command + " did not finish in 10 minutes");
        }
        String printed = Files.readString(output, StandardCharsets.UTF_8);
        Files.delete(output);
        if (process.exitValue() != 0) {
            throw new IOException(command + " failed (" + process.exitValue() + "):\n" + printed);
        }
        return printed;
    }
}
