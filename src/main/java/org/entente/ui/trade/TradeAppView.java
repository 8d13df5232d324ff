package org.entente.ui.trade;

import javafx.scene.Node;

import org.entente.ui.shell.AppContext;
import org.entente.ui.shell.AppView;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;

/** The trade view as a tab of the main window: loads through the shell's task runner and follows its theme and type size. */
public final class TradeAppView implements AppView {
    private final AppContext context;
    private final TradeView view;

    public TradeAppView(AppContext context) {
        this.context = context;
        TradeViewModel vm = new TradeViewModel();
        vm.darkThemeProperty().bind(context.darkTheme());
        vm.largeTypeProperty().bind(context.largeType());
        this.view = new TradeView(vm, new BackgroundRunner() {
            @Override
            public <T> void run(String title, java.util.concurrent.Callable<T> work, java.util.function.Consumer<T> onSuccess,
                                java.util.function.Consumer<Throwable> onFailure) {
                context.tasks().run(title, work, onSuccess, onFailure);
            }
        });
        context.libraryVersion().addListener((o, a, b) -> reload());
        // A double-click on a point opens the figure behind it in its form.
        view.setOnFigureActivated(f -> context.editing().edit(
                new org.entente.model.RecordRef(org.entente.model.RecordKind.TRADE_FIGURE, f.id())));
    }

    @Override
    public String title() { return "Trade"; }

    @Override
    public Ikon icon() { return MaterialDesignC.CHART_LINE; }

    @Override
    public Node node() { return view.node(); }

    @Override
    public void libraryOpened(AppContext ctx) { reload(); }

    private void reload() {
        if (context.library() != null) view.load(context.library());
    }

    public TradeView view() { return view; }
}
