<?php return array( 'dependencies' => array( 'study-explainers-editor' ), 'version' => '0.1.0' );
