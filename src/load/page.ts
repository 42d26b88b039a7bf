// Decoded text → main text + metadata. Minimal for now: HTML tags stripped, first line as title.
import type { Page } from "./types.js";

export function looksLikeHtml(text: string): boolean {
  return /^\s*(<!doctype html|<html|<head|<body|<meta|<div|<p[\s>])/i.test(text.slice(0, 2048));
}

export function readPage(text: string): Page {
  const format = looksLikeHtml(text) ? "html" : "text";
  const body = format === "html" ? text.replace(/<(script|style)[\s\S]*?<\/\1>/gi, "").replace(/<[^>]+>/g, "\n") : text;
  const lines = body.split(/\r?\n/).map((l) => l.trim()).filter(Boolean);
  return { format, title: lines[0] ?? null, publishedAt: null, outlet: null, reporters: [], editors: [], mainText: lines.join("\n"), warnings: [] };
}
