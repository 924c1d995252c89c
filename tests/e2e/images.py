# SPDX-FileCopyrightText: 2026 Flexor contributors
#
# SPDX-License-Identifier: GPL-3.0-or-later

"""Screenshots of the test desktop and the few pixel measurements the tests make on them."""

import subprocess


class Picture:
    """An RGB image read from a binary PPM, with the few measurements the tests need."""

    def __init__(self, ppm):
        header = []
        rest = ppm
        while len(header) < 4:  # "P6", width, height, maxval (comments are not written by IM)
            token, rest = rest.split(None, 1)
            header.append(token)
        self.width, self.height = int(header[1]), int(header[2])
        self.pixels = rest[: self.width * self.height * 3]

    def pixel(self, x, y):
        i = (y * self.width + x) * 3
        return tuple(self.pixels[i:i + 3])

    def count(self, box, matches):
        """How many pixels in box (x0, y0, x1, y1) satisfy matches(rgb)."""
        x0, y0, x1, y1 = box
        return sum(1 for y in range(y0, y1) for x in range(x0, x1) if matches(self.pixel(x, y)))


def screenshot(desktop, path, crop=None):
    """The whole screen through ImageMagick's `import`, saved to path (PNG) and returned as a
    Picture (cropped to (x, y, w, h) when crop is given)."""
    desktop.run(["import", "-window", "root", str(path)])
    args = ["convert", str(path)]
    if crop:
        x, y, w, h = crop
        args += ["-crop", f"{w}x{h}+{x}+{y}", "+repage"]
    ppm = subprocess.run(args + ["ppm:-"], capture_output=True, check=True).stdout
    return Picture(ppm)


def close_to(color, tolerance=24):
    return lambda rgb: all(abs(a - b) <= tolerance for a, b in zip(rgb, color))


def contrast(a, b):
    """WCAG 2.x contrast ratio of two RGB colours: 1 (the same) to 21 (black and white)."""
    def luminance(rgb):
        def linear(c):
            c /= 255
            return c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4
        r, g, b = (linear(c) for c in rgb)
        return 0.2126 * r + 0.7152 * g + 0.0722 * b
    high, low = sorted((luminance(a), luminance(b)), reverse=True)
    return (high + 0.05) / (low + 0.05)
