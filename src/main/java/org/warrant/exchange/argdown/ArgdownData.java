package org.warrant.exchange.argdown;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.YAMLException;

/**
 * Argdown's data blocks and front matter, which are YAML: read safely (plain maps, lists and scalars only, no
 * aliases worth the name, bounded size and nesting), a broken block reported by line and otherwise ignored.
 */
final class ArgdownData {

    private static final int MAX_CHARS = 200_000;

    Optional<Map<String, Object>> map(String yamlText, int line, List<ArgdownDocument.Problem> problems) {
        if (yamlText.length() > MAX_CHARS) {
            problems.add(new ArgdownDocument.Problem(line, "The data here has %,d characters; at most %,d are read.".formatted(yamlText.length(), MAX_CHARS)));
            return Optional.empty();
        }
        LoaderOptions options = new LoaderOptions();
        options.setMaxAliasesForCollections(10);
        options.setNestingDepthLimit(20);
        options.setCodePointLimit(MAX_CHARS * 2);
        options.setAllowDuplicateKeys(false);
        try {
            Object value = new Yaml(new SafeConstructor(options)).load(yamlText);
            if (value == null) {
                return Optional.of(Map.of());
            }
            if (value instanceof Map<?, ?> m) {
                Map<String, Object> out = new LinkedHashMap<>();
                m.forEach((k, v) -> out.put(String.valueOf(k), v));
                return Optional.of(out);
            }
            problems.add(new ArgdownDocument.Problem(line, "The data here is not a list of keys and values ({key: value, …})."));
        } catch (YAMLException | IllegalArgumentException e) {
            String reason = e.getMessage() == null ? "" : e.getMessage().lines().findFirst().orElse("");
            problems.add(new ArgdownDocument.Problem(line, "The data here is not valid YAML (" + reason + "); it was left out."));
        }
        return Optional.empty();
    }
}
