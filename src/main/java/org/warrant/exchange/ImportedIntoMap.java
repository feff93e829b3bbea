package org.warrant.exchange;

import java.util.List;

/** What an import into an existing map did: nodes added, nodes whose text it updated, and what it left out. */
public record ImportedIntoMap(int added, int updated, List<String> dropped) {
}
