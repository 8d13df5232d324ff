package org.entente.ui.common;

import java.awt.Graphics2D;
import java.util.function.Consumer;

/**
 * A view's drawing as shapes and text, for a page of a story's PDF: {@code width × height} (the
 * view's size on screen, in pixels), drawn by {@code draw} into any {@link Graphics2D} at its origin.
 * Taken on the FX thread with what it draws copied, so {@code draw} may run on another thread while
 * the view moves on.
 *
 * @param what the view drawn, for the PDF's reader and the tests ("timeline", "network", "chart")
 */
public record VectorDrawing(String what, double width, double height, Consumer<Graphics2D> draw) {}
