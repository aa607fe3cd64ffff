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
 * The allowed value that $value names, ignoring case (`Dark` is `dark`), or null.
 *
 * @param string[] $allowed Allowed values.
 * @param string   $value   Trimmed value.
 * @return string|null
 */
function study_explainers_match( array $allowed, $value ) {
	foreach ( $allowed as $candidate ) {
		if ( 0 === strcasecmp( $candidate, $value ) ) {
			return $candidate;
		}
	}
	return null;
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

/** How editors write a boolean option: the words for on, and for off (empty: a bare shortcode flag). */
const STUDY_EXPLAINERS_FLAG_WORDS = array(
	'on'  => array( 'true', '1', 'yes', 'on' ),
	'off' => array( 'false', '0', 'no', 'off', '' ),
);

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
	return is_string( $value ) && in_array( strtolower( trim( $value ) ), STUDY_EXPLAINERS_FLAG_WORDS['on'], true );
}

/**
 * The values an option accepts, as an editor would type them (for the shortcode's note).
 *
 * @param array $option One option of the manifest.
 * @param array $doc    The document in the widget's language.
 * @return string[]
 */
function study_explainers_accepted_values( array $option, array $doc ) {
	switch ( $option['kind'] ) {
		case 'language':
			return STUDY_EXPLAINERS_LANGS;
		case 'boolean':
			return array( 'true', 'false' );
		case 'enum':
			return study_explainers_allowed_values( $option );
		case 'index':
			return array_map( 'strval', array_keys( study_explainers_items( $doc, $option['of'] ) ) );
		case 'id':
			return study_explainers_ids( $doc, $option['of'] );
		default:
			return array();
	}
}

/**
 * Whether a trimmed text value is allowed for an option of kind `enum`, `index` or `id`: one of
 * the values, an index into the document list at `of`, or the id of an item of that list, in any
 * case. The value comes back as the markup writes it ("DARK" → "dark", "02" → "2").
 *
 * @param array  $option One option of the manifest.
 * @param string $value  Trimmed value.
 * @param array  $doc    The document in the widget's language.
 * @return bool
 */
function study_explainers_allowed( array $option, &$value, array $doc ) {
	switch ( $option['kind'] ) {
		case 'enum':
			$found = study_explainers_match( study_explainers_allowed_values( $option ), $value );
			break;
		case 'index':
			$found = 1 === preg_match( '/^\d{1,3}$/', $value ) && (int) $value < count( study_explainers_items( $doc, $option['of'] ) ) ? (string) (int) $value : null;
			break;
		case 'id':
			$found = study_explainers_match( study_explainers_ids( $doc, $option['of'] ), $value );
			break;
		default:
			$found = null;
	}
	if ( null === $found ) {
		return false;
	}
	$value = $found;
	return true;
}

/**
 * Where a block or shortcode starts when an option is not set (or not usable): the site's choice
 * for an option with a `site_default` (theme: "light" unless a site returns "auto" from the
 * `study_explainers_default_theme` filter), the blocks' own start for one with an
 * `editor_default` (heading level 2: in a post the title is the h1), else the element's default.
 *
 * @param array $option One option of the manifest.
 * @return string|null Null for the element's own default (nothing written).
 */
function study_explainers_start_value( array $option ) {
	if ( isset( $option['site_default'] ) ) {
		$value  = (string) $option['site_default']['value'];
		$chosen = apply_filters( $option['site_default']['filter'], $value );
		$found  = is_string( $chosen ) ? study_explainers_match( study_explainers_allowed_values( $option ), trim( $chosen ) ) : null;
		return null !== $found ? $found : $value;
	}
	return array_key_exists( 'editor_default', $option ) ? (string) $option['editor_default'] : null;
}

/**
 * The language a widget speaks: `lang` when it names one of STUDY_EXPLAINERS_LANGS (any case),
 * else the site's default language. Empty means "site default" and is no mistake.
 *
 * @param mixed $lang Raw value.
 * @param bool  $ok   Set to false when $lang was given but is not a language of the widgets.
 * @return string
 */
function study_explainers_clean_lang( $lang, &$ok = true ) {
	$text = is_string( $lang ) ? strtolower( trim( $lang ) ) : null;
	$ok   = null === $lang || '' === $text || in_array( $text, STUDY_EXPLAINERS_LANGS, true );
	return null !== $text && in_array( $text, STUDY_EXPLAINERS_LANGS, true ) ? $text : study_explainers_default_lang();
}

/**
 * Keeps only known options with allowed values: only text, numbers and booleans are read (an
 * array or object saved in a block comment is a mistake, never converted). Returns the element
 * attributes to write: `lang` always (resolved), the others only when they differ from the
 * element's default. A missing or unusable value takes the start value (study_explainers_start_value).
 *
 * @param string $widget   One of the tag names (checked by the caller).
 * @param array  $raw      Option name (hyphenated, as the element attribute) => raw value.
 * @param array  $rejected Set to option name => the values it accepts, for each given value that was not used.
 * @return array<string, string|bool> Attribute name => value (true for a boolean attribute).
 */
function study_explainers_clean_options( $widget, array $raw, &$rejected = array() ) {
	$options  = study_explainers_options( $widget );
	$rejected = array();
	$clean    = array();

	$clean['lang'] = study_explainers_clean_lang( isset( $raw['lang'] ) ? $raw['lang'] : null, $lang_ok );
	$doc           = study_explainers_document( $clean['lang'] );
	if ( ! $lang_ok ) {
		$rejected['lang'] = STUDY_EXPLAINERS_LANGS;
	}

	foreach ( $options as $name => $option ) {
		if ( 'language' === $option['kind'] ) {
			continue;
		}
		// Empty text is "not chosen" (the blocks' default for a list with a "none" entry).
		$given = array_key_exists( $name, $raw ) && null !== $raw[ $name ] && ! ( is_string( $raw[ $name ] ) && '' === trim( $raw[ $name ] ) );
		$value = $given ? $raw[ $name ] : null;
		$used  = false;
		if ( 'boolean' === $option['kind'] ) {
			$used = ! $given || is_bool( $value ) || ( is_scalar( $value ) && in_array( strtolower( trim( (string) $value ) ), array_merge( STUDY_EXPLAINERS_FLAG_WORDS['on'], STUDY_EXPLAINERS_FLAG_WORDS['off'] ), true ) );
			if ( $used && study_explainers_truthy( $value ) ) {
				$clean[ $name ] = true;
			}
		} else {
			if ( is_int( $value ) || is_float( $value ) ) {
				$value = (string) $value;
			}
			if ( is_string( $value ) ) {
				$value = trim( $value );
			}
			$used = is_string( $value ) && study_explainers_allowed( $option, $value, $doc );
			if ( ! $used ) {
				$value = study_explainers_start_value( $option );
			}
			if ( null !== $value && (string) $option['default'] !== $value ) {
				$clean[ $name ] = $value;
			}
		}
		if ( $given && ! $used ) {
			$rejected[ $name ] = study_explainers_accepted_values( $option, $doc );
		}
	}
	return $clean;
}
