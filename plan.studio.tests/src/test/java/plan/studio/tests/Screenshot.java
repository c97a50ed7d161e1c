package plan.studio.tests;

import java.awt.AWTException;
import java.awt.Rectangle;
import java.awt.Robot;
import java.awt.Toolkit;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;

import javax.imageio.ImageIO;

/** The whole X screen, as the user would see it, and the pixel facts the test checks on it. */
record Screenshot(BufferedImage image) {

	/** Takes the screen of the display in DISPLAY (java.awt.Robot) and writes it as a PNG to {@code file}. */
	static Screenshot take(Path file) throws AWTException, IOException {
		Rectangle screen = new Rectangle(Toolkit.getDefaultToolkit().getScreenSize());
		BufferedImage image = new Robot().createScreenCapture(screen);
		ImageIO.write(image, "png", file.toFile());
		return new Screenshot(image);
	}

	Rectangle screen() {
		return new Rectangle(0, 0, image.getWidth(), image.getHeight());
	}

	/** How many pixels inside {@code area} have exactly the colour {@code rgb} (0xRRGGBB). */
	int pixelsOf(int rgb, Rectangle area) {
		Rectangle inside = area.intersection(screen());
		int count = 0;
		for (int y = inside.y; y < inside.y + inside.height; y++) {
			for (int x = inside.x; x < inside.x + inside.width; x++) {
				if ((image.getRGB(x, y) & 0xFFFFFF) == rgb) {
					count++;
				}
			}
		}
		return count;
	}

	/** How many different colours the pixels inside {@code area} have: 1 for a blank area. */
	int colours(Rectangle area) {
		Rectangle inside = area.intersection(screen());
		Set<Integer> colours = new HashSet<>();
		for (int y = inside.y; y < inside.y + inside.height; y++) {
			for (int x = inside.x; x < inside.x + inside.width; x++) {
				colours.add(image.getRGB(x, y) & 0xFFFFFF);
			}
		}
		return colours.size();
	}
}
