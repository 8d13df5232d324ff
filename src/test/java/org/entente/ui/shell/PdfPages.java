package org.entente.ui.shell;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.apache.pdfbox.contentstream.PDContentStream;
import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdfparser.PDFStreamParser;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.graphics.PDXObject;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.text.PDFTextStripper;

/** What a PDF page is made of, read with PDFBox: its pictures, its drawing operators (forms included), its text. */
final class PdfPages {
    private PdfPages() {}

    /** The pictures a page's resources hold, forms' included. */
    static List<PDImageXObject> images(PDResources resources) throws IOException {
        List<PDImageXObject> out = new ArrayList<>();
        if (resources == null) return out;
        for (COSName name : resources.getXObjectNames()) {
            PDXObject x = resources.getXObject(name);
            if (x instanceof PDImageXObject image) out.add(image);
            else if (x instanceof PDFormXObject form) out.addAll(images(form.getResources()));
        }
        return out;
    }

    /** The operators of a page's content and of the forms it draws ("m", "l", "c", "re", "f", "S", "Tj", "Do"…). */
    static Set<String> operators(PDPage page) throws IOException {
        Set<String> out = new HashSet<>();
        collect(page, page.getResources(), out);
        return out;
    }

    private static void collect(PDContentStream stream, PDResources resources, Set<String> out) throws IOException {
        for (Object token : new PDFStreamParser(stream).parse()) if (token instanceof Operator op) out.add(op.getName());
        if (resources == null) return;
        for (COSName name : resources.getXObjectNames())
            if (resources.getXObject(name) instanceof PDFormXObject form) collect(form, form.getResources(), out);
    }

    /** The text of page {@code number} (from 1), as a reader's search finds it. */
    static String text(PDDocument doc, int number) throws IOException {
        PDFTextStripper stripper = new PDFTextStripper();
        stripper.setStartPage(number);
        stripper.setEndPage(number);
        return stripper.getText(doc);
    }
}
