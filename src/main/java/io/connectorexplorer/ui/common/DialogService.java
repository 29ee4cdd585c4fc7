package io.connectorexplorer.ui.common;

import java.nio.file.Path;
import java.util.Optional;

/** The dialogs view models need, behind an interface so tests answer them. */
public interface DialogService {

    /** Asks where to save; the platform's save dialog asks before replacing an existing file. */
    Optional<Path> chooseSaveFile(String title, String suggestedName);
}
