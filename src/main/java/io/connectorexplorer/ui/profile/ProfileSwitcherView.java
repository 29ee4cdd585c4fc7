package io.connectorexplorer.ui.profile;

import io.connectorexplorer.core.profile.AwsProfile;
import io.connectorexplorer.core.profile.DiscoveredProfileName;
import io.connectorexplorer.ui.common.DeliberateChoice;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/** The profile and region pickers in the toolbar. Profiles that cannot work are shown greyed with the reason. */
public final class ProfileSwitcherView extends HBox {

    private final ComboBox<AwsProfile> profiles = new ComboBox<>();
    private final ComboBox<String> regions = new ComboBox<>();

    public ProfileSwitcherView(ProfileSwitcherViewModel model) {
        super(6);
        setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        profiles.setId("profilePicker");
        profiles.setItems(model.getProfiles());
        DeliberateChoice.attach(profiles, model.profileProperty());
        profiles.setCellFactory(v -> new ProfileCell(true));
        profiles.setButtonCell(new ProfileCell(false));
        profiles.setPrefWidth(240);
        profiles.setTooltip(new Tooltip("AWS profile (Ctrl+P)"));

        regions.setId("regionPicker");
        regions.setItems(model.getRegions());
        DeliberateChoice.attach(regions, model.regionProperty());
        regions.setPrefWidth(150);
        regions.setTooltip(new Tooltip("Region"));
        regions.setVisibleRowCount(16);

        getChildren()
                .addAll(
                        new Label(null, new FontIcon(Feather.USER)),
                        profiles,
                        new Label(null, new FontIcon(Feather.GLOBE)),
                        regions);
    }

    /** The two pickers, which keyboard focus reaches only when the user puts it there. */
    public List<Node> pickers() {
        return List.of(profiles, regions);
    }

    public void openProfilePicker() {
        profiles.requestFocus();
        profiles.show();
    }

    /** A profile's name and kind; greyed and explained when it cannot be used. */
    private static final class ProfileCell extends ListCell<AwsProfile> {
        private final boolean withKind;

        ProfileCell(boolean withKind) {
            this.withKind = withKind;
        }

        @Override
        protected void updateItem(AwsProfile profile, boolean empty) {
            super.updateItem(profile, empty);
            if (empty || profile == null) {
                setText(null);
                setTooltip(null);
                setDisable(false);
                setOpacity(1);
                return;
            }
            boolean discovered = DiscoveredProfileName.parse(profile.name()).isPresent();
            if (!withKind) {
                setText(profile.name());
            } else if (discovered) {
                // Indented, under its session's profiles (or before the demo when the session has none); the name
                // says which session, as a session without profiles has no line of its own above it.
                setText("      " + profile.name() + "  ·  SSO account");
            } else {
                setText(profile.name() + "  ·  " + profile.kind().label());
            }
            boolean usable = profile.isUsable();
            setOpacity(usable ? 1 : 0.55);
            setTooltip(
                    !usable
                            ? new Tooltip(profile.problem())
                            : discovered
                                    ? new Tooltip(profile.name() + "\nReached by the session's sign-in; no profile"
                                            + " in the files. Account ▸ Save as profile… writes one.")
                                    : null);
        }
    }
}
