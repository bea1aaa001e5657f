-- Version 3: what a timed spoiler choice gives way to when it expires ("on for this film for 30 minutes"
-- over an "off" for it must end in "off" again, not in nothing, which lets a broader "on" apply).
ALTER TABLE spoiler_prefs ADD COLUMN then_scope TEXT CHECK (then_scope IS NULL OR length(then_scope) > 0);
