-- A user's own choices that are not part of their account's identity: for now, the language of the interface.
-- Without a row, the browser's language decides.
CREATE TABLE user_preference (
    username    VARCHAR(64) NOT NULL PRIMARY KEY,
    ui_language VARCHAR(16) NOT NULL,
    CONSTRAINT user_preference_user_fk FOREIGN KEY (username) REFERENCES app_user (username) ON DELETE CASCADE
);
