package org.warrant.lti;

import java.text.ParseException;
import java.util.List;
import java.util.Map;

import com.nimbusds.jwt.JWTClaimsSet;
import org.jspecify.annotations.Nullable;

/** The LTI 1.3 claims of a verified launch, by their names in the 1EdTech specification. */
record LtiClaims(JWTClaimsSet claims) {

    static final String LTI = "https://purl.imsglobal.org/spec/lti/claim/";
    static final String MESSAGE_TYPE = LTI + "message_type";
    static final String VERSION = LTI + "version";
    static final String DEPLOYMENT_ID = LTI + "deployment_id";
    static final String TARGET_LINK_URI = LTI + "target_link_uri";
    static final String RESOURCE_LINK = LTI + "resource_link";
    static final String ROLES = LTI + "roles";
    static final String CONTEXT = LTI + "context";
    static final String CUSTOM = LTI + "custom";
    static final String DEEP_LINKING_SETTINGS = "https://purl.imsglobal.org/spec/lti-dl/claim/deep_linking_settings";
    static final String CONTENT_ITEMS = "https://purl.imsglobal.org/spec/lti-dl/claim/content_items";
    static final String DL_DATA = "https://purl.imsglobal.org/spec/lti-dl/claim/data";
    static final String NRPS = "https://purl.imsglobal.org/spec/lti-nrps/claim/namesroleservice";
    static final String AGS = "https://purl.imsglobal.org/spec/lti-ags/claim/endpoint";
    static final String RESOURCE_LINK_REQUEST = "LtiResourceLinkRequest";
    static final String DEEP_LINKING_REQUEST = "LtiDeepLinkingRequest";

    String subject() {
        return claims.getSubject();
    }

    @Nullable String string(String name) {
        try {
            return claims.getStringClaim(name);
        } catch (ParseException e) {
            throw LaunchRefused.because("lti.launch-malformed", name);
        }
    }

    @Nullable Map<String, Object> object(String name) {
        try {
            return claims.getJSONObjectClaim(name);
        } catch (ParseException e) {
            throw LaunchRefused.because("lti.launch-malformed", name);
        }
    }

    List<String> roles() {
        try {
            List<String> roles = claims.getStringListClaim(ROLES);
            return roles == null ? List.of() : roles;
        } catch (ParseException e) {
            throw LaunchRefused.because("lti.launch-malformed", ROLES);
        }
    }

    /** Instructors, and the LMS's administrators, teach; everyone else (learners, mentors, guests) studies. */
    boolean teaches() {
        return roles().stream().anyMatch(r -> r.endsWith("membership#Instructor") || r.endsWith("membership#Administrator")
                || r.endsWith("institution/person#Instructor") || r.endsWith("institution/person#Faculty")
                || r.endsWith("institution/person#Administrator") || r.endsWith("system/person#Administrator"));
    }

    /** A text field of an object claim: {@code field("context", "id")}. */
    @Nullable String field(String claim, String key) {
        Map<String, Object> o = object(claim);
        Object value = o == null ? null : o.get(key);
        return value == null ? null : String.valueOf(value);
    }

    String displayName() {
        String name = string("name");
        if (name == null || name.isBlank()) {
            String given = string("given_name");
            String family = string("family_name");
            name = ((given == null ? "" : given) + " " + (family == null ? "" : family)).strip();
        }
        if (name.isBlank()) {
            name = "LMS user";
        }
        return name.length() > 120 ? name.substring(0, 120) : name;
    }
}
