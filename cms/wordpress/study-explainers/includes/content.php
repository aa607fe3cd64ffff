<?php
/**
 * The shipped explainer documents (content/*.json, exported from the package's default
 * content at build time) and the server-rendered fallback made from them: the text search
 * engines and readers without JavaScript get. The widgets hide it once they render.
 *
 * @package StudyExplainers
 */

defined( 'ABSPATH' ) || exit;

/** The study the shipped documents describe. */
const STUDY_EXPLAINERS_DOCUMENT_ID = 'plerixafor-2019';

/**
 * The shipped document for a language (decoded JSON), or an empty array if it is missing.
 *
 * @param string $lang One of STUDY_EXPLAINERS_LANGS (else the default language's).
 * @return array
 */
function study_explainers_document( $lang ) {
	static $cache = array();
	if ( ! in_array( $lang, STUDY_EXPLAINERS_LANGS, true ) ) {
		$lang = STUDY_EXPLAINERS_DEFAULT_LANG;
	}
	if ( ! isset( $cache[ $lang ] ) ) {
		$file           = STUDY_EXPLAINERS_DIR . '/content/' . STUDY_EXPLAINERS_DOCUMENT_ID . '.' . $lang . '.json';
		$json           = is_readable( $file ) ? file_get_contents( $file ) : false; // phpcs:ignore WordPress.WP.AlternativeFunctions.file_get_contents_file_get_contents -- a local file.
		$doc            = false === $json ? null : json_decode( $json, true );
		$cache[ $lang ] = is_array( $doc ) ? $doc : array();
	}
	return $cache[ $lang ];
}

/**
 * Reader-facing text for an audience: the field is a string, or { patient, clinician }.
 *
 * @param mixed  $text     A Text field.
 * @param string $audience `patient` or `clinician`.
 * @return string
 */
function study_explainers_text( $text, $audience ) {
	if ( is_string( $text ) ) {
		return $text;
	}
	if ( is_array( $text ) && isset( $text[ $audience ] ) && is_string( $text[ $audience ] ) ) {
		return $text[ $audience ];
	}
	return '';
}

/**
 * A nested value of the document, or null.
 *
 * @param array  $doc  Document.
 * @param string $path Dot path, e.g. `mechanism.steps`.
 * @return mixed
 */
function study_explainers_get( $doc, $path ) {
	$value = $doc;
	foreach ( explode( '.', $path ) as $key ) {
		if ( ! is_array( $value ) || ! array_key_exists( $key, $value ) ) {
			return null;
		}
		$value = $value[ $key ];
	}
	return $value;
}

/**
 * The items of a list of the document (e.g. `mechanism.steps`), or none.
 *
 * @param array  $doc  Document.
 * @param string $path Dot path of the list.
 * @return array[]
 */
function study_explainers_items( $doc, $path ) {
	$items = study_explainers_get( $doc, $path );
	return is_array( $items ) ? array_values( array_filter( $items, 'is_array' ) ) : array();
}

/**
 * The mechanism steps of a document.
 *
 * @param array $doc Document.
 * @return array[]
 */
function study_explainers_steps( $doc ) {
	return study_explainers_items( $doc, 'mechanism.steps' );
}

/**
 * Ids of the items of a list of the document (e.g. `arms.arms`, `arms.outcomes`).
 *
 * @param array  $doc  Document.
 * @param string $path Dot path of the list.
 * @return string[]
 */
function study_explainers_ids( $doc, $path ) {
	$ids = array();
	foreach ( study_explainers_items( $doc, $path ) as $item ) {
		if ( isset( $item['id'] ) && is_string( $item['id'] ) ) {
			$ids[] = $item['id'];
		}
	}
	return $ids;
}

/**
 * Words of the fallback that are not in the document, in `$lang` (generated into
 * includes/widgets.php from the package's common strings).
 *
 * @param string $lang One of STUDY_EXPLAINERS_LANGS.
 * @return array<string, string>
 */
function study_explainers_fallback_words( $lang ) {
	$words = study_explainers_fallback_words_by_lang();
	return isset( $words[ $lang ] ) ? $words[ $lang ] : $words[ STUDY_EXPLAINERS_DEFAULT_LANG ];
}

/**
 * The text as a sentence: a full stop added unless it already ends in punctuation.
 *
 * @param string $text Plain text.
 * @return string
 */
function study_explainers_sentence( $text ) {
	$text = trim( (string) $text );
	return '' === $text || preg_match( '/[.!?…:;»”"\')]$/u', $text ) ? $text : $text . '.';
}

/**
 * One escaped paragraph, or nothing for empty text.
 *
 * @param string $text  Plain text.
 * @param string $class Class name.
 * @return string
 */
function study_explainers_paragraph( $text, $class = '' ) {
	if ( '' === $text ) {
		return '';
	}
	$class_attr = '' === $class ? '' : ' class="' . esc_attr( $class ) . '"';
	return '<p' . $class_attr . '>' . esc_html( $text ) . '</p>';
}

/**
 * The source line: the paper (linked to its DOI) and the news report.
 *
 * @param array  $doc  Document.
 * @param string $lang Language of the words.
 * @return string Escaped HTML.
 */
function study_explainers_source_html( $doc, $lang ) {
	$words   = study_explainers_fallback_words( $lang );
	$study   = study_explainers_get( $doc, 'study' );
	$study   = is_array( $study ) ? $study : array();
	$authors = isset( $study['authors'] ) && is_array( $study['authors'] ) ? array_values( $study['authors'] ) : array();
	$first   = isset( $authors[0] ) && is_string( $authors[0] ) ? $authors[0] : '';
	$byline  = '' === $first ? '' : ( count( $authors ) > 1 ? $first . ' ' . $words['et_al'] : $first );
	$year    = isset( $study['published'] ) && is_string( $study['published'] ) ? substr( $study['published'], 0, 4 ) : '';
	$parts   = array_filter(
		array(
			$byline,
			isset( $study['title'] ) && is_string( $study['title'] ) ? $study['title'] : '',
			trim( ( isset( $study['journal'] ) && is_string( $study['journal'] ) ? $study['journal'] : '' ) . ' ' . ( isset( $study['citation'] ) && is_string( $study['citation'] ) ? $study['citation'] : '' ) ),
			$year,
		),
		'strlen'
	);
	$parts = array_map( 'study_explainers_sentence', $parts );
	$html  = '<p class="study-explainer-source">' . esc_html( $words['source'] ) . ' ' . esc_html( implode( ' ', $parts ) );

	// A DOI may be given as "https://doi.org/10.…" or "doi:10.…": the bare DOI starts at its first digit.
	$doi = isset( $study['doi'] ) && is_string( $study['doi'] ) ? preg_replace( '/^\D+/', '', $study['doi'] ) : '';
	$url = '';
	// A link with a user name or password shows one host and leads to another: never printed.
	$credentials = isset( $study['url'] ) && is_string( $study['url'] ) && ( null !== wp_parse_url( $study['url'], PHP_URL_USER ) || null !== wp_parse_url( $study['url'], PHP_URL_PASS ) );
	if ( isset( $study['url'] ) && is_string( $study['url'] ) && preg_match( '#^https?://#i', $study['url'] ) && ! $credentials ) {
		$url = $study['url'];
	} elseif ( '' !== $doi ) {
		$url = 'https://doi.org/' . $doi;
	}
	if ( '' !== $url ) {
		$label = '' !== $doi ? 'doi:' . $doi : $url;
		$html .= ' <a href="' . esc_url( $url, array( 'http', 'https' ) ) . '">' . esc_html( $label ) . '</a>';
	}

	$news = isset( $study['news'] ) && is_array( $study['news'] ) ? $study['news'] : null;
	if ( $news && isset( $news['publisher'], $news['title'], $news['date'] ) ) {
		$html .= ' ' . esc_html( sprintf( $words['reported'], (string) $news['publisher'], (string) $news['title'], (string) $news['date'] ) );
	}
	return $html . '</p>';
}

/**
 * The fallback for one widget: its section of the document, as plain escaped HTML (a section
 * this function does not know gets the source line alone).
 *
 * @param string $widget Tag name (known).
 * @param array  $clean  Cleaned options (lang always set).
 * @return string Escaped HTML (empty when the content is missing).
 */
function study_explainers_fallback_html( $widget, array $clean ) {
	$lang     = $clean['lang'];
	$options  = study_explainers_options( $widget );
	$audience = isset( $clean['audience'] ) ? $clean['audience'] : $options['audience']['default'];
	$section  = study_explainers_manifest()['widgets'][ $widget ]['section'];
	$doc      = study_explainers_document( $lang );
	if ( empty( $doc ) ) {
		return '';
	}
	$t    = function ( $path ) use ( $doc, $audience ) {
		return study_explainers_text( study_explainers_get( $doc, $path ), $audience );
	};
	$html = '';

	if ( 'mechanism' === $section ) {
		$html .= '<p class="study-explainer-title"><strong>' . esc_html( $t( 'mechanism.title' ) ) . '</strong></p>';
		$html .= study_explainers_paragraph( $t( 'mechanism.intro.text' ) );
		$html .= '<ol class="study-explainer-steps">';
		foreach ( study_explainers_steps( $doc ) as $step ) {
			$title = study_explainers_text( isset( $step['title'] ) ? $step['title'] : '', $audience );
			$body  = study_explainers_text( isset( $step['body'] ) ? $step['body'] : '', $audience );
			$html .= '<li><strong>' . esc_html( study_explainers_sentence( $title ) ) . '</strong> ' . esc_html( $body ) . '</li>';
		}
		$html .= '</ol>';
	} elseif ( 'arms' === $section ) {
		$html    .= '<p class="study-explainer-title"><strong>' . esc_html( $t( 'arms.title' ) ) . '</strong></p>';
		$html    .= study_explainers_paragraph( $t( 'arms.summary.text' ) );
		$html    .= study_explainers_paragraph( $t( 'arms.design.text' ) );
		$outcomes = study_explainers_get( $doc, 'arms.outcomes' );
		$html    .= '<ul class="study-explainer-outcomes">';
		foreach ( is_array( $outcomes ) ? $outcomes : array() as $outcome ) {
			if ( ! is_array( $outcome ) || ( isset( $clean['outcome'] ) && ( ! isset( $outcome['id'] ) || $outcome['id'] !== $clean['outcome'] ) ) ) {
				continue;
			}
			$label   = study_explainers_text( isset( $outcome['label'] ) ? $outcome['label'] : '', $audience );
			$summary = study_explainers_text( isset( $outcome['summary'] ) ? $outcome['summary'] : '', $audience );
			$html   .= '<li><strong>' . esc_html( $label ) . '</strong>' . ( '' === $summary ? '' : ': ' . esc_html( $summary ) ) . '</li>';
		}
		$html .= '</ul>';
	} elseif ( 'evidence' === $section ) {
		$html  .= '<p class="study-explainer-title"><strong>' . esc_html( $t( 'study.headline' ) ) . '</strong></p>';
		$html  .= study_explainers_paragraph( $t( 'evidence.summary.text' ) );
		$status = study_explainers_get( $doc, 'evidence.status' );
		if ( is_array( $status ) && $status ) {
			$html .= '<ul class="study-explainer-status">';
			foreach ( $status as $statement ) {
				$text  = is_array( $statement ) && isset( $statement['text'] ) ? study_explainers_text( $statement['text'], $audience ) : '';
				$html .= '' === $text ? '' : '<li>' . esc_html( $text ) . '</li>';
			}
			$html .= '</ul>';
		}
	}
	$html .= study_explainers_source_html( $doc, $lang );
	return '<div class="study-explainer-fallback" lang="' . esc_attr( $lang ) . '">' . $html . '</div>';
}
