package cn.gov.povertyexit.registerpage;

import java.util.List;

/** One page of a list and the size of the whole list. */
public record Paged<T>(List<T> rows, long total, int page) {

  public int pages() {
    return (int) Math.max(1, (total + PageRequest.SIZE - 1) / PageRequest.SIZE);
  }

  public boolean hasPrevious() {
    return page > 1;
  }

  public boolean hasNext() {
    return page < pages();
  }

  public long firstRow() {
    return rows.isEmpty() ? 0 : (long) (page - 1) * PageRequest.SIZE + 1;
  }

  public long lastRow() {
    return rows.isEmpty() ? 0 : firstRow() + rows.size() - 1;
  }
}
