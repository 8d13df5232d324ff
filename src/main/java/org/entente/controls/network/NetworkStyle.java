package org.entente.controls.network;

import javafx.scene.paint.Color;

/**
 * The colours and type of a {@link NetworkView} as its CSS set them, read once on the JavaFX
 * thread ({@link NetworkView#style()}), so that a picture of the network can be drawn on any
 * thread ({@link NetworkPicture}) and look like the view.
 */
public record NetworkStyle(Color background, Color nodeFill, Color nodeStroke, Color nodeCode, Color inactive, Color label,
                           Color selection, Color caption, Color muted, Color sharedEvents, Color freeTradeAgreement,
                           Color comprehensive, Color strategic, Color comprehensiveStrategic, Color alliance,
                           String fontFamily, double fontSize, Color cooperation, Color mixed, Color conflict) {

    /** The cooperation–conflict ties' default colours by the band of their mean Goldstein score (the view's CSS sets its own). */
    static final Color DEFAULT_COOPERATION = Color.web("#2e7d9a"), DEFAULT_MIXED = Color.web("#9e9e9e"), DEFAULT_CONFLICT = Color.web("#c0392b");

    /** Without the cooperation–conflict colours (their defaults). */
    public NetworkStyle(Color background, Color nodeFill, Color nodeStroke, Color nodeCode, Color inactive, Color label,
                        Color selection, Color caption, Color muted, Color sharedEvents, Color freeTradeAgreement,
                        Color comprehensive, Color strategic, Color comprehensiveStrategic, Color alliance,
                        String fontFamily, double fontSize) {
        this(background, nodeFill, nodeStroke, nodeCode, inactive, label, selection, caption, muted, sharedEvents, freeTradeAgreement,
                comprehensive, strategic, comprehensiveStrategic, alliance, fontFamily, fontSize,
                DEFAULT_COOPERATION, DEFAULT_MIXED, DEFAULT_CONFLICT);
    }

    /** The colour of a level: by key for the default ladder, else by the nearest default rank. */
    public Color levelColor(String key, int rank) {
        if (key == null) return sharedEvents;
        return switch (key) {
            case "free-trade-agreement" -> freeTradeAgreement;
            case "comprehensive" -> comprehensive;
            case "strategic" -> strategic;
            case "comprehensive-strategic" -> comprehensiveStrategic;
            case "alliance" -> alliance;
            case "goldstein-cooperation" -> cooperation;
            case "goldstein-mixed" -> mixed;
            case "goldstein-conflict" -> conflict;
            default -> rank < 8 ? freeTradeAgreement : rank < 15 ? comprehensive : rank < 25 ? strategic
                    : rank < 35 ? comprehensiveStrategic : alliance;
        };
    }
}
