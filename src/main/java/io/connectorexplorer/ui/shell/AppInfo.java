package io.connectorexplorer.ui.shell;

import java.nio.file.Path;

/** What Help ▸ About tells and where Help ▸ Open log folder goes: the app's version and its folders. */
public record AppInfo(String version, Path settingsFolder, Path logFolder) {}
