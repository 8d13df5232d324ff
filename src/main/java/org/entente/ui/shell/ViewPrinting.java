package org.entente.ui.shell;

import java.util.List;
import java.util.function.Supplier;

import javafx.geometry.Bounds;
import javafx.print.PageLayout;
import javafx.print.PageOrientation;
import javafx.print.Printer;
import javafx.print.PrinterJob;
import javafx.scene.Node;
import javafx.scene.control.MenuItem;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.transform.Scale;
import javafx.scene.transform.Transform;
import javafx.scene.transform.Translate;
import javafx.stage.Window;

import org.entente.i18n.I18n;
import org.entente.ui.common.AppView;

/**
 * File › Print: the selected view's drawing or table ({@link AppView#printNode}) on one page,
 * landscape unless the page setup says otherwise, scaled to fit the printable area with its shape
 * kept and centred. The page's arithmetic is {@link #fit}, apart from the printer, so it is tested
 * where there is no printer (headless CI).
 */
final class ViewPrinting {
    /** The orientation the page setup dialog opens with: views are wider than tall. */
    static final PageOrientation DEFAULT_ORIENTATION = PageOrientation.LANDSCAPE;

    private ViewPrinting() {}

    /**
     * Where a node goes on the page: enlarged or shrunk by {@code scale} (the same both ways), then
     * moved by {@code x}, {@code y} (points from the printable area's top left).
     */
    record Placement(double scale, double x, double y) {
        /** The node's extra transforms while it prints: the move, then the scale. */
        List<Transform> transforms() { return List.of(new Translate(x, y), new Scale(scale, scale)); }
    }

    /** {@code node} (its layout bounds) fitted into a {@code printableWidth × printableHeight} area, shape kept, centred. */
    static Placement fit(Node node, double printableWidth, double printableHeight) {
        Bounds b = node.getLayoutBounds();
        if (b.getWidth() <= 0 || b.getHeight() <= 0) return new Placement(1, -b.getMinX(), -b.getMinY());
        double scale = Math.min(printableWidth / b.getWidth(), printableHeight / b.getHeight());
        double x = (printableWidth - b.getWidth() * scale) / 2 - b.getMinX() * scale;
        double y = (printableHeight - b.getHeight() * scale) / 2 - b.getMinY() * scale;
        return new Placement(scale, x, y);
    }

    /**
     * File › Print… (Ctrl+P) for the view {@code selected} gives; disabled, saying why, while the
     * computer has no printer. The printers are looked up when the File menu opens and when the item
     * is used ({@link #refresh}), not while the window is built: asking the system's print service
     * can take a while, and the first frame should not wait for it.
     */
    static MenuItem menuItem(Supplier<Window> owner, Supplier<AppView> selected) {
        MenuItem print = new MenuItem();
        print.setId("menu-print");
        print.setAccelerator(new KeyCodeCombination(KeyCode.P, KeyCombination.SHORTCUT_DOWN));
        print.setText(I18n.t("shell.menu.file.print"));
        print.setOnAction(e -> {
            refresh(print);
            AppView view = selected.get();
            if (view != null && !print.isDisable()) print(owner.get(), view.printNode());
        });
        return print;
    }

    /** Enables the item if there is a default printer; otherwise disables it and names the reason in its text. */
    static void refresh(MenuItem print) {
        boolean printer = Printer.getDefaultPrinter() != null;
        print.setDisable(!printer);
        print.setText(printer ? I18n.t("shell.menu.file.print") : I18n.t("shell.menu.file.print.no-printer"));
    }

    /**
     * Page setup (landscape to start with), the print dialog, then one page. JavaFX prints a node
     * of the scene on the FX thread, so the node wears the page's transforms only while it prints.
     */
    static void print(Window owner, Node node) {
        Printer printer = Printer.getDefaultPrinter();
        if (printer == null) return;
        PrinterJob job = PrinterJob.createPrinterJob(printer);
        if (job == null) return;
        job.getJobSettings().setPageLayout(printer.createPageLayout(printer.getPrinterAttributes().getDefaultPaper(), DEFAULT_ORIENTATION,
                Printer.MarginType.DEFAULT));
        if (!job.showPageSetupDialog(owner) || !job.showPrintDialog(owner)) {
            job.cancelJob();
            return;
        }
        PageLayout page = job.getJobSettings().getPageLayout();
        List<Transform> placed = fit(node, page.getPrintableWidth(), page.getPrintableHeight()).transforms();
        node.getTransforms().addAll(placed);
        try {
            if (job.printPage(page, node)) job.endJob();
            else job.cancelJob();
        } finally {
            node.getTransforms().removeAll(placed);
        }
    }
}
