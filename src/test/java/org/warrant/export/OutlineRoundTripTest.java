package org.warrant.export;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.ActiveProfiles;
import org.warrant.maps.MapService;
import org.warrant.maps.MapSummary;

@SpringBootTest
@ActiveProfiles({"demo", "test"})
@WithMockUser(username = "instructor", roles = "INSTRUCTOR")
class OutlineRoundTripTest {

    @Autowired OutlineService outlines;
    @Autowired MapService maps;

    @Test
    void demo_maps_survive_export_import_export_unchanged() {
        for (MapSummary demo : maps.readableMaps().stream().filter(m -> m.owner().equals("instructor")).toList()) {
            Outline first = outlines.export(demo.id());
            System.out.println(first.markdown());
            long copy = outlines.importOutline(first.markdown(), "x", null);
            assertThat(outlines.export(copy).markdown()).isEqualTo(first.markdown());
        }
    }
}
