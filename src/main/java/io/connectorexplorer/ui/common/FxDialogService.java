package io.connectorexplorer.ui.common;

import java.io.File;
import java.nio.file.Path;
import java.util.Optional;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/** The platform's own dialogs. */
public final class FxDialogService implements DialogService {

    private final Window owner;
    private File lastFolder;

    public FxDialogService(Window owner) {
        this.owner = owner;
    }

    @Override
    public Optional<Path> chooseSaveFile(String title, String suggestedName) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        chooser.setInitialFileName(suggestedName);
        chooser.getExtensionFilters()
                .addAll(
                        new FileChooser.ExtensionFilter("JSON files", "*.json"),
                        new FileChooser.ExtensionFilter("All files", "*"));
        if (lastFolder != null && lastFolder.isDirectory()) {
            chooser.setInitialDirectory(lastFolder);
        }
        File file = chooser.showSaveDialog(owner);
        if (file == null) {
            return Optional.empty();
        }
        lastFolder = file.getParentFile();
        return Optional.of(file.toPath());
    }
}
