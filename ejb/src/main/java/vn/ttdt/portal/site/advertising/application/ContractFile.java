package vn.ttdt.portal.site.advertising.application;

import java.nio.file.Path;

/** The signed file of an advertising contract, as the board downloads it: where it is, its name and type. */
public record ContractFile(Path path, String name, String contentType) {
}
