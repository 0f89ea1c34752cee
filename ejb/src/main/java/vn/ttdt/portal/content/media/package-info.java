/**
 * Media of the content context: uploaded photos and documents, accepted only for what their
 * bytes are (never for their name), stored outside the web root under generated keys, and for
 * images the resized, metadata-free JPEG renditions the public pages show.
 */
package vn.ttdt.portal.content.media;
