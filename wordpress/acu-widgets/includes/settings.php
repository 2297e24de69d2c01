<?php
/**
 * Settings > Clinic widgets: the clinic's details, stored once for the whole
 * site in the option acu_widgets_clinic and used by every widget.
 *
 * @package acu-widgets
 */

if ( ! defined( 'ABSPATH' ) ) {
	exit;
}

define( 'ACU_WIDGETS_OPTION', 'acu_widgets_clinic' );
define( 'ACU_WIDGETS_LOCALE_PATTERN', '/^[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*$/' );

add_action( 'admin_init', 'acu_widgets_register_settings' );
add_action( 'admin_menu', 'acu_widgets_add_settings_page' );
add_filter( 'plugin_action_links_' . plugin_basename( ACU_WIDGETS_FILE ), 'acu_widgets_plugin_action_links' );

/**
 * The clinic's details with every key present.
 *
 * @return array{name: string, booking_url: string, phone: string, email: string, locale: string}
 */
function acu_widgets_get_clinic() {
	$defaults = array(
		'name'        => '',
		'booking_url' => '',
		'phone'       => '',
		'email'       => '',
		'locale'      => '',
	);
	$saved    = get_option( ACU_WIDGETS_OPTION, array() );
	return array_map( 'strval', array_intersect_key( array_merge( $defaults, is_array( $saved ) ? $saved : array() ), $defaults ) );
}

/**
 * The language the widgets speak: the one set here, else the site's, as BCP 47.
 *
 * @return string A tag such as en-GB, or '' when none is valid.
 */
function acu_widgets_locale() {
	$clinic = acu_widgets_get_clinic();
	$locale = '' !== $clinic['locale'] ? $clinic['locale'] : str_replace( '_', '-', get_locale() );
	return preg_match( ACU_WIDGETS_LOCALE_PATTERN, $locale ) ? $locale : '';
}

/**
 * Registers the option and its fields with the Settings API.
 */
function acu_widgets_register_settings() {
	register_setting(
		'acu_widgets',
		ACU_WIDGETS_OPTION,
		array(
			'type'              => 'array',
			'sanitize_callback' => 'acu_widgets_sanitize_clinic',
			'default'           => array(),
			'show_in_rest'      => false,
		)
	);

	add_settings_section(
		'acu_widgets_clinic',
		__( 'Your clinic', 'acu-widgets' ),
		'acu_widgets_section_intro',
		'acu-widgets'
	);

	foreach ( acu_widgets_settings_fields() as $key => $field ) {
		add_settings_field(
			'acu_widgets_' . $key,
			$field['label'],
			'acu_widgets_field',
			'acu-widgets',
			'acu_widgets_clinic',
			array(
				'key'       => $key,
				'label_for' => 'acu_widgets_' . $key,
			)
		);
	}
}

/**
 * The form's fields: label, input type and help text, by option key.
 *
 * @return array<string, array{label: string, type: string, description: string, autocomplete: string}>
 */
function acu_widgets_settings_fields() {
	return array(
		'name'        => array(
			'label'        => __( 'Clinic name', 'acu-widgets' ),
			'type'         => 'text',
			'autocomplete' => 'organization',
			'description'  => __( 'Shown in the booking dialog\'s title.', 'acu-widgets' ),
		),
		'booking_url' => array(
			'label'        => __( 'Booking page', 'acu-widgets' ),
			'type'         => 'url',
			'autocomplete' => 'url',
			'description'  => __( 'The address of your online booking page (Jane, Calendly, Cal.com, Acuity or your own), starting with https://. Booking buttons go there.', 'acu-widgets' ),
		),
		'phone'       => array(
			'label'        => __( 'Phone', 'acu-widgets' ),
			'type'         => 'tel',
			'autocomplete' => 'tel',
			'description'  => __( 'With the country code, for example +44 117 496 0123. Booking buttons call it when there is no booking page.', 'acu-widgets' ),
		),
		'email'       => array(
			'label'        => __( 'Email', 'acu-widgets' ),
			'type'         => 'email',
			'autocomplete' => 'email',
			'description'  => __( 'Booking buttons write to it when there is neither a booking page nor a phone number.', 'acu-widgets' ),
		),
		'locale'      => array(
			'label'        => __( 'Language', 'acu-widgets' ),
			'type'         => 'text',
			'autocomplete' => 'off',
			'description'  => __( 'The language of the widgets\' built-in texts as a language tag such as en-GB. Leave empty to use the site\'s language.', 'acu-widgets' ),
		),
	);
}

/**
 * Cleans the submitted form, refusing what a widget could not use.
 *
 * @param mixed $input The submitted values.
 * @return array<string, string> The values to store.
 */
function acu_widgets_sanitize_clinic( $input ) {
	$input = is_array( $input ) ? $input : array(); // options.php has already unslashed it.
	$value = function ( $key ) use ( $input ) {
		return isset( $input[ $key ] ) && is_scalar( $input[ $key ] ) ? trim( (string) $input[ $key ] ) : '';
	};
	$clean = array(
		'name'        => sanitize_text_field( $value( 'name' ) ),
		'booking_url' => '',
		'phone'       => '',
		'email'       => '',
		'locale'      => '',
	);

	$url = $value( 'booking_url' );
	if ( '' !== $url ) {
		$clean['booking_url'] = preg_match( '#^https?://#i', $url ) ? esc_url_raw( $url, array( 'http', 'https' ) ) : '';
		if ( '' === $clean['booking_url'] ) {
			add_settings_error( ACU_WIDGETS_OPTION, 'acu_widgets_booking_url', __( 'The booking page must be a web address starting with https:// or http://. It was not saved.', 'acu-widgets' ) );
		}
	}

	$phone = $value( 'phone' );
	if ( '' !== $phone ) {
		$clean['phone'] = trim( preg_replace( '/[^0-9+()\-.\s]/', '', $phone ) );
		$clean['phone'] = preg_replace( '/\s+/', ' ', $clean['phone'] );
		if ( ! preg_match( '/[0-9]/', $clean['phone'] ) ) {
			$clean['phone'] = '';
			add_settings_error( ACU_WIDGETS_OPTION, 'acu_widgets_phone', __( 'The phone number must contain digits. It was not saved.', 'acu-widgets' ) );
		}
	}

	$email = $value( 'email' );
	if ( '' !== $email ) {
		$clean['email'] = sanitize_email( $email );
		if ( ! is_email( $clean['email'] ) ) {
			$clean['email'] = '';
			add_settings_error( ACU_WIDGETS_OPTION, 'acu_widgets_email', __( 'The email address is not valid. It was not saved.', 'acu-widgets' ) );
		}
	}

	// en_GB, as WordPress writes locales, means en-GB.
	$locale = str_replace( '_', '-', $value( 'locale' ) );
	if ( '' !== $locale ) {
		if ( preg_match( ACU_WIDGETS_LOCALE_PATTERN, $locale ) ) {
			$clean['locale'] = $locale;
		} else {
			add_settings_error( ACU_WIDGETS_OPTION, 'acu_widgets_locale', __( 'The language must be a language tag such as en or en-GB. The site\'s language is used instead.', 'acu-widgets' ) );
		}
	}

	return $clean;
}

/**
 * Adds Settings > Clinic widgets.
 */
function acu_widgets_add_settings_page() {
	add_options_page(
		__( 'Clinic widgets', 'acu-widgets' ),
		__( 'Clinic widgets', 'acu-widgets' ),
		'manage_options',
		'acu-widgets',
		'acu_widgets_render_settings_page'
	);
}

/**
 * Prints the section's introduction.
 */
function acu_widgets_section_intro() {
	echo '<p>' . esc_html__( 'Every clinic widget on the site uses these details, in blocks and in shortcodes alike.', 'acu-widgets' ) . '</p>';
}

/**
 * Prints one input with its help text.
 *
 * @param array{key: string, label_for: string} $args Which field.
 */
function acu_widgets_field( $args ) {
	$key    = $args['key'];
	$field  = acu_widgets_settings_fields()[ $key ];
	$clinic = acu_widgets_get_clinic();
	$help   = 'acu_widgets_' . $key . '_description';
	printf(
		'<input type="%1$s" id="%2$s" name="%3$s" value="%4$s" class="regular-text" autocomplete="%5$s" aria-describedby="%6$s"%7$s />',
		esc_attr( $field['type'] ),
		esc_attr( $args['label_for'] ),
		esc_attr( ACU_WIDGETS_OPTION . '[' . $key . ']' ),
		esc_attr( $clinic[ $key ] ),
		esc_attr( $field['autocomplete'] ),
		esc_attr( $help ),
		'locale' === $key ? ' placeholder="' . esc_attr( str_replace( '_', '-', get_locale() ) ) . '"' : ''
	);
	printf( '<p class="description" id="%1$s">%2$s</p>', esc_attr( $help ), esc_html( $field['description'] ) );
}

/**
 * Prints the settings page.
 */
function acu_widgets_render_settings_page() {
	if ( ! current_user_can( 'manage_options' ) ) {
		return;
	}
	?>
	<div class="wrap">
		<h1><?php echo esc_html( get_admin_page_title() ); ?></h1>
		<form action="<?php echo esc_url( admin_url( 'options.php' ) ); ?>" method="post">
			<?php
			settings_fields( 'acu_widgets' );
			do_settings_sections( 'acu-widgets' );
			submit_button();
			?>
		</form>
		<h2><?php esc_html_e( 'Adding the widgets', 'acu-widgets' ); ?></h2>
		<p><?php esc_html_e( 'In the block editor, add the blocks Benefits, Who it helps, First visit timeline and Book button (search for "clinic"). In the classic editor, use the shortcodes:', 'acu-widgets' ); ?></p>
		<p><code>[acu_benefits]</code> <code>[acu_who_it_helps]</code> <code>[acu_timeline]</code> <code>[acu_book_button]</code></p>
	</div>
	<?php
}

/**
 * Puts a Settings link next to Deactivate in the Plugins list.
 *
 * @param string[] $links The plugin's action links.
 * @return string[]
 */
function acu_widgets_plugin_action_links( $links ) {
	$settings = sprintf(
		'<a href="%1$s">%2$s</a>',
		esc_url( admin_url( 'options-general.php?page=acu-widgets' ) ),
		esc_html__( 'Settings', 'acu-widgets' )
	);
	array_unshift( $links, $settings );
	return $links;
}
