package org.warrant.lti;

import java.time.Clock;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.warrant.security.CurrentUser;
import org.warrant.shared.Refused;

/** The platforms (LMSs) Warrant trusts launches from: registered, changed and removed by admins only. */
@Service
@PreAuthorize("hasRole('ADMIN')")
public class LtiPlatforms {

    private static final Logger log = LoggerFactory.getLogger(LtiPlatforms.class);

    private final PlatformStore store;
    private final Clock clock;

    LtiPlatforms(PlatformStore store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public List<Platform> list() {
        return store.all();
    }

    @Transactional
    public long register(PlatformDraft draft) {
        PlatformDraft d = draft.checked();
        try {
            long id = store.insert(d, clock.instant());
            log.info("{} registered LTI platform {} ({}, client {})", CurrentUser.username().orElse("?"), id, d.issuer(), d.clientId());
            return id;
        } catch (DuplicateKeyException twice) {
            throw new Refused("lti.platform-exists");
        }
    }

    @Transactional
    public void update(long id, PlatformDraft draft) {
        PlatformDraft d = draft.checked();
        store.find(id).orElseThrow(() -> new Refused("lti.no-platform"));
        try {
            store.update(id, d);
        } catch (DuplicateKeyException twice) {
            throw new Refused("lti.platform-exists");
        }
        log.info("{} changed LTI platform {}", CurrentUser.username().orElse("?"), id);
    }

    /** Removes a platform and its links; its people keep their accounts and seminars. */
    @Transactional
    public void remove(long id) {
        store.find(id).orElseThrow(() -> new Refused("lti.no-platform"));
        store.delete(id);
        log.info("{} removed LTI platform {}", CurrentUser.username().orElse("?"), id);
    }
}
