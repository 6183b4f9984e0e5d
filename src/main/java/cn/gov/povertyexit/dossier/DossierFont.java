package cn.gov.povertyexit.dossier;

import com.lowagie.text.pdf.BaseFont;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The Chinese font embedded in every exported dossier (only the characters used, so a file stays small). The
 * operator names one with {@code poverty-exit.dossier.font-file}; otherwise the first of the usual places of
 * Debian's and RHEL's CJK font packages that exists is used. TrueType collections are read at their first face.
 */
@Component
class DossierFont {

  private static final List<String> USUAL_PLACES = List.of(
      "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc",
      "/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc",
      "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc",
      "/usr/share/fonts/google-noto-cjk/NotoSansCJK-Regular.ttc",
      "/usr/share/fonts/wqy-microhei/wqy-microhei.ttc");

  private final Optional<Path> file;
  private volatile BaseFont font;

  DossierFont(@Value("${poverty-exit.dossier.font-file:}") String configured) {
    Stream<String> candidates = configured.isBlank() ? USUAL_PLACES.stream() : Stream.of(configured);
    this.file = candidates.map(Path::of).filter(Files::isReadable).findFirst();
  }

  /** Empty when the machine has no Chinese font: the dossier is then printable from its page only. */
  Optional<BaseFont> font() {
    if (file.isEmpty()) {
      return Optional.empty();
    }
    if (font == null) {
      synchronized (this) {
        if (font == null) {
          String name = file.get().toString();
          try {
            font = BaseFont.createFont(name.toLowerCase().endsWith(".ttc") ? name + ",0" : name, BaseFont.IDENTITY_H,
                BaseFont.EMBEDDED);
          } catch (Exception unreadable) {
            throw new IllegalStateException("中文字体文件无法读取：" + name, unreadable);
          }
        }
      }
    }
    return Optional.of(font);
  }
}
