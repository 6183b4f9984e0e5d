package cn.gov.povertyexit.registerpage;

import java.util.ArrayList;
import java.util.List;

/**
 * Horizontal stacked bars, one a row (county, township or village), one segment a stage: the geometry of an inline
 * SVG drawn on the server, so that the page needs no script and no external library (the machine may be offline).
 */
record StageChart(int width, int height, int barLeft, int barWidth, long max, List<Bar> bars, List<Legend> legend) {

  static final int LABEL_WIDTH = 150;
  static final int BAR_WIDTH = 640;
  static final int BAR_HEIGHT = 22;
  static final int GAP = 10;
  static final int TOP = 8;

  record Bar(String label, String href, int y, int textY, long total, int totalX, List<Segment> segments) {}

  record Segment(int x, int width, String colour, String title, long count, boolean labelled, int textX) {}

  record Legend(int x, int y, String colour, String label) {}

  static StageChart of(List<ProgressFigures.Row> rows, java.util.function.Function<ProgressFigures.Row, String> href) {
    long max = Math.max(1, rows.stream().mapToLong(ProgressFigures.Row::total).max().orElse(1));
    List<Bar> bars = new ArrayList<>();
    int y = TOP;
    for (ProgressFigures.Row row : rows) {
      List<Segment> segments = new ArrayList<>();
      double x = LABEL_WIDTH;
      for (ProgressStage stage : ProgressStage.values()) {
        long count = row.count(stage);
        if (count == 0) {
          continue;
        }
        double w = BAR_WIDTH * (double) count / max;
        int left = (int) Math.round(x);
        int right = (int) Math.round(x + w);
        segments.add(new Segment(left, Math.max(1, right - left), stage.colour(),
            row.name() + " · " + stage.label() + "：" + count + "户", count, right - left >= 8 * String.valueOf(count).length() + 4,
            (left + right) / 2));
        x += w;
      }
      bars.add(new Bar(row.name(), href.apply(row), y, y + BAR_HEIGHT - 6, row.total(), (int) Math.round(x) + 6, segments));
      y += BAR_HEIGHT + GAP;
    }
    List<Legend> legend = new ArrayList<>();
    int lx = LABEL_WIDTH;
    int ly = y + 8;
    for (ProgressStage stage : ProgressStage.values()) {
      if (stage == ProgressStage.OTHER && rows.stream().allMatch(row -> row.count(stage) == 0)) {
        continue;
      }
      int w = 16 + 14 * stage.label().length() + 18;
      if (lx + w > LABEL_WIDTH + BAR_WIDTH + 60) {
        lx = LABEL_WIDTH;
        ly += 20;
      }
      legend.add(new Legend(lx, ly, stage.colour(), stage.label()));
      lx += w;
    }
    return new StageChart(LABEL_WIDTH + BAR_WIDTH + 70, ly + 20, LABEL_WIDTH, BAR_WIDTH, max, bars, legend);
  }
}
