<?php
/**
 * The options' rules. The widgets, their options and the allowed values are the package's
 * manifest (includes/widgets.php, generated). Every value that reaches the markup passes through
 * study_explainers_clean_options(): anything unknown falls back to the default.
 *
 * @package StudyExplainers
 */

defined( 'ABSPATH' ) || exit;

/**
 * Every option of one widget, common ones first, keyed by element attribute (see
 * study_explainers_manifest() in the generated includes/widgets.php).
 *
 * @param string $widget One of the tag names (checked by the caller).
 * @return array<string, array>
 */
function study_explainers_options( $widget ) {
	$manifest = study_explainers_manifest();
	return $manifest['common'] + $manifest['widgets'][ $widget ]['options'];
}

/**
 * The values an `enum` option allows, as text (how shortcodes and the markup carry them).
 *
 * @param array $option One option of the manifest.
 * @return string[]
 */
function study_explainers_allowed_values( array $option ) {
	return array_map( 'strval', $option['values'] );
}

/**
 * True when $widget is one of the widgets' tags.
 *
 * @param mixed $widget Candidate tag name.
 * @return bool
 */
function study_explainers_is_widget( $widget ) {
	return is_string( $widget ) && array_key_exists( $widget, study_explainers_manifest()['widgets'] );
}

/**
 * The site's default widget language: the site locale when the widgets speak it, else English.
 * Filter `study_explainers_default_lang` to choose another (one of STUDY_EXPLAINERS_LANGS).
 *
 * @return string
 */
function study_explainers_default_lang() {
	$locale = strtolower( substr( (string) get_locale(), 0, 2 ) );
	$lang   = in_array( $locale, STUDY_EXPLAINERS_LANGS, true ) ? $locale : STUDY_EXPLAINERS_DEFAULT_LANG;
	$lang   = apply_filters( 'study_explainers_default_lang', $lang );
	return in_array( $lang, STUDY_EXPLAINERS_LANGS, true ) ? $lang : STUDY_EXPLAINERS_DEFAULT_LANG;
}

/**
 * Reads a boolean option the ways editors write it: true, 1, "true", "1", "yes", "on".
 *
 * @param mixed $value Raw value.
 * @return bool
 */
function study_explainers_truthy( $value ) {
	if ( is_bool( $value ) ) {
		return $value;
	}
	if ( is_int( $value ) ) {
		return 1 === $value;
	}
	return is_string( $value ) && in_array( strtolower( trim( $value ) ), array( 'true', '1', 'yes', 'on' ), true );
}

/**
 * Whether a trimmed text value is allowed for an option of kind `enum`, `index` or `id`: one of
 * the values, an index into the document list at `of`, or the id of an item of that list.
 *
 * @param array  $option One option of the manifest.
 * @param string $value  Trimmed value; an index comes back written plainly ("02" → "2").
 * @param array  $doc    The document in the widget's language.
 * @return bool
 */
function study_explainers_allowed( array $option, &$value, array $doc ) {
	switch ( $option['kind'] ) {
		case 'enum':
			return in_array( $value, study_explainers_allowed_values( $option ), true );
		case 'index':
			$ok = 1 === preg_match( '/^\d{1,3}$/', $value ) && (int) $value < count( study_explainers_items( $doc, $option['of'] ) );
			if ( $ok ) {
				$value = (string) (int) $value;
			}
			return $ok;
		case 'id':
			return in_array( $value, study_explainers_ids( $doc, $option['of'] ), true );
		default:
			return false;
	}
}

/**
 * Keeps only known options with allowed values. Returns the element attributes to write:
 * `lang` always (resolved), the others only when they differ from the element's default.
 *
 * @param string $widget One of the tag names (checked by the caller).
 * @param array  $raw    Option name (hyphenated, as the element attribute) => raw value.
 * @return array<string, string|bool> Attribute name => value (true for a boolean attribute).
 */
function study_explainers_clean_options( $widget, array $raw ) {
	$options = study_explainers_options( $widget );
	$clean   = array();

	$lang          = isset( $raw['lang'] ) && is_string( $raw['lang'] ) ? strtolower( trim( $raw['lang'] ) ) : '';
	$clean['lang'] = in_array( $lang, STUDY_EXPLAINERS_LANGS, true ) ? $lang : study_explainers_default_lang();

	// Where blocks and shortcodes start elsewhere than the element (the heading level: in a post
	// the title is the h1 and the content's headings start at h2, while the element's own default,
	// 3, suits pages without that rule), a missing or unknown value takes the editor default.
	foreach ( $options as $name => $option ) {
		if ( array_key_exists( 'editor_default', $option ) && ( ! isset( $raw[ $name ] ) || ! in_array( (string) $raw[ $name ], study_explainers_allowed_values( $option ), true ) ) ) {
			$raw[ $name ] = (string) $option['editor_default'];
		}
	}

	$doc = study_explainers_document( $clean['lang'] );
	foreach ( $options as $name => $option ) {
		if ( 'language' === $option['kind'] || ! array_key_exists( $name, $raw ) ) {
			continue;
		}
		$value = $raw[ $name ];
		if ( 'boolean' === $option['kind'] ) {
			if ( study_explainers_truthy( $value ) ) {
				$clean[ $name ] = true;
			}
			continue;
		}
		if ( is_int( $value ) ) {
			$value = (string) $value;
		}
		if ( ! is_string( $value ) ) {
			continue;
		}
		$value = trim( $value );
		if ( study_explainers_allowed( $option, $value, $doc ) && (string) $option['default'] !== $value ) {
			$clean[ $name ] = $value;
		}
	}
	return $clean;
}
