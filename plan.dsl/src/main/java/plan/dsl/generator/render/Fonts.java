package plan.dsl.generator.render;

/**
 * Font stacks of installed system fonts only (no web fonts: outputs must work offline). CJK faces come
 * first among the sans-serif ones so Chinese text never falls back to a font without the glyphs.
 */
public final class Fonts {

	public static final String SANS = "'Noto Sans CJK SC', 'Source Han Sans SC', 'PingFang SC', 'Microsoft YaHei', "
			+ "'Hiragino Sans GB', 'WenQuanYi Micro Hei', 'Helvetica Neue', Arial, sans-serif";

	private Fonts() {
	}
}
