package vn.ttdt.portal.content.domain;

import java.util.Optional;

public interface AutosaveRepository {

    Optional<Autosave> of(long itemId, String login);

    Autosave add(Autosave autosave);

    /** Forgets someone's unsaved work on an item (after they saved it or chose not to restore it); how many were dropped (0 or 1). */
    int discard(long itemId, String login);
}
