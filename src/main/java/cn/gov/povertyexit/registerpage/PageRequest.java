package cn.gov.povertyexit.registerpage;

import java.util.Optional;

/** Which page of a long list to show: 1-based, {@value #SIZE} rows a page, so a county is never read whole. */
record PageRequest(int number) {

  static final int SIZE = 50;
  /** 30,000 households make 600 pages; far beyond that is a typing error, not a page. */
  static final int LAST_ACCEPTED = 100_000;

  /** The page the text names, or empty when it is not a whole number from 1 on. */
  static Optional<PageRequest> parse(String text) {
    if (text == null || text.isBlank()) {
      return Optional.of(new PageRequest(1));
    }
    String trimmed = text.trim();
    if (!trimmed.matches("\\d{1,6}")) {
      return Optional.empty();
    }
    int number = Integer.parseInt(trimmed);
    return number >= 1 && number <= LAST_ACCEPTED ? Optional.of(new PageRequest(number)) : Optional.empty();
  }

  long offset() {
    return (long) (number - 1) * SIZE;
  }
}
