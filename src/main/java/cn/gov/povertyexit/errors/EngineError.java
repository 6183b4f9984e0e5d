package cn.gov.povertyexit.errors;

/** What an official's client is told about a refused or failed request: the status and a Chinese message. */
public record EngineError(int status, String type, String message) {}
