<?php
/**
 * The widgets, their options and the allowed values. Every value that reaches the markup
 * passes through study_explainers_clean_options(): anything unknown falls back to the default.
 *
 * @package StudyExplainers
 */

defined( 'ABSPATH' ) || exit;

/** Languages the widgets and the shipped content speak. */
const STUDY_EXPLAINERS_LANGS = array( 'en', 'es' );

/**
 * The three widgets (tag name => own options). Option kinds: a list of allowed values,
 * `bool`, `step` (an index into the mechanism steps), `outcome` or `arm` (an id from the content).
 *
 * @return array<string, array<string, string|string[]>>
 */
function study_explainers_widgets() {
	return array(
		'mechanism-stepper' => array(
			'step'     => 'step',
			'show-all' => 'bool',
		),
		'study-arms-chart'  => array(
			'outcome'   => 'outcome',
			'view'      => array( 'chart', 'panels', 'table' ),
			'highlight' => 'arm',
		),
		'evidence-badge'    => array(
			'variant' => array( 'compact', 'full' ),
			'open'    => 'bool',
		),
	);
}

/**
 * Options every widget has, with their allowed values.
 *
 * @return array<string, string[]>
 */
function study_explainers_common_options() {
	return array(
		'audience'      => array( 'patient', 'clinician' ),
		'theme'         => array( 'auto', 'light', 'dark' ),
		'heading-level' => array( '2', '3', '4', '5', '6' ),
	);
}

/**
 * Element defaults: a value equal to its default is left out of the markup.
 *
 * @return array<string, string>
 */
function study_explainers_defaults() {
	return array(
		'audience'      => 'patient',
		'theme'         => 'auto',
		'heading-level' => '3',
		'step'          => '0',
		'view'          => 'chart',
		'variant'       => 'compact',
	);
}

/**
 * True when $widget is one of the three tags.
 *
 * @param mixed $widget Candidate tag name.
 * @return bool
 */
function study_explainers_is_widget( $widget ) {
	return is_string( $widget ) && array_key_exists( $widget, study_explainers_widgets() );
}

/**
 * The site's default widget language: the site locale when the widgets speak it, else English.
 * Filter `study_explainers_default_lang` to choose another (must be `en` or `es`).
 *
 * @return string
 */
function study_explainers_default_lang() {
	$locale = strtolower( substr( (string) get_locale(), 0, 2 ) );
	$lang   = in_array( $locale, STUDY_EXPLAINERS_LANGS, true ) ? $locale : 'en';
	$lang   = apply_filters( 'study_explainers_default_lang', $lang );
	return in_array( $lang, STUDY_EXPLAINERS_LANGS, true ) ? $lang : 'en';
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
 * Keeps only known options with allowed values. Returns the element attributes to write:
 * `lang` always (resolved), the others only when they differ from the element's default.
 *
 * @param string $widget One of the three tag names (checked by the caller).
 * @param array  $raw    Option name (hyphenated, as the element attribute) => raw value.
 * @return array<string, string|bool> Attribute name => value (true for a boolean attribute).
 */
function study_explainers_clean_options( $widget, array $raw ) {
	$widgets  = study_explainers_widgets();
	$defaults = study_explainers_defaults();
	$clean    = array();

	$lang          = isset( $raw['lang'] ) && is_string( $raw['lang'] ) ? strtolower( trim( $raw['lang'] ) ) : '';
	$clean['lang'] = in_array( $lang, STUDY_EXPLAINERS_LANGS, true ) ? $lang : study_explainers_default_lang();

	// In a post the title is the h1 and the content's headings start at h2, so the plugin's
	// default heading level is 2 (the element's own default, 3, suits pages without that rule).
	if ( ! isset( $raw['heading-level'] ) || ! in_array( (string) $raw['heading-level'], study_explainers_common_options()['heading-level'], true ) ) {
		$raw['heading-level'] = '2';
	}

	$doc     = study_explainers_document( $clean['lang'] );
	$allowed = study_explainers_common_options() + $widgets[ $widget ];

	foreach ( $allowed as $name => $kind ) {
		if ( ! array_key_exists( $name, $raw ) ) {
			continue;
		}
		$value = $raw[ $name ];
		if ( 'bool' === $kind ) {
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
		if ( is_array( $kind ) ) {
			$ok = in_array( $value, $kind, true );
		} elseif ( 'step' === $kind ) {
			$ok = 1 === preg_match( '/^\d{1,3}$/', $value ) && (int) $value < count( study_explainers_steps( $doc ) );
			if ( $ok ) {
				$value = (string) (int) $value;
			}
		} elseif ( 'outcome' === $kind ) {
			$ok = in_array( $value, study_explainers_ids( $doc, 'outcomes' ), true );
		} elseif ( 'arm' === $kind ) {
			$ok = in_array( $value, study_explainers_ids( $doc, 'arms' ), true );
		} else {
			$ok = false;
		}
		if ( $ok && ( ! isset( $defaults[ $name ] ) || $defaults[ $name ] !== $value ) ) {
			$clean[ $name ] = $value;
		}
	}
	return $clean;
}
