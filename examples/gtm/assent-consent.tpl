___TERMS_OF_SERVICE___

By creating or modifying this file you agree to Google Tag Manager's Community
Template Gallery Developer Terms of Service available at
https://developers.google.com/tag-manager/gallery-tos (or such other URL as
Google may provide), as modified from time to time.


___INFO___

{
  "type": "TAG",
  "id": "cvt_temp_public_id",
  "version": 1,
  "securityGroups": [],
  "displayName": "Assent consent (Consent Mode v2)",
  "categories": [
    "UTILITY",
    "ANALYTICS",
    "ADVERTISING"
  ],
  "brand": {
    "id": "assent",
    "displayName": "Assent"
  },
  "description": "Sets Consent Mode v2 from Assent's decision, for a container the site loads itself. Fire the tag in \"Set defaults\" mode on Consent Initialization - All Pages, and in \"Follow Assent\" mode on a Custom Event trigger for assent_consent_update.",
  "containerContexts": [
    "WEB"
  ]
}


___TEMPLATE_PARAMETERS___

[
  {
    "type": "RADIO",
    "name": "mode",
    "displayName": "What this tag does",
    "radioItems": [
      {
        "value": "default",
        "displayValue": "Set defaults (fire on Consent Initialization - All Pages): everything but security storage denied until Assent says otherwise"
      },
      {
        "value": "update",
        "displayValue": "Follow Assent (fire on the Custom Event assent_consent_update): grant what the visitor allowed, deny the rest"
      }
    ],
    "simpleValueType": true,
    "defaultValue": "default"
  },
  {
    "type": "TEXT",
    "name": "waitForUpdate",
    "displayName": "Wait for update (ms)",
    "simpleValueType": true,
    "defaultValue": "500",
    "valueValidators": [
      {
        "type": "NON_NEGATIVE_NUMBER"
      }
    ],
    "enablingConditions": [
      {
        "paramName": "mode",
        "paramValue": "default",
        "type": "EQUALS"
      }
    ],
    "help": "How long Google's tags wait for Assent's first update before they send anything."
  },
  {
    "type": "TEXT",
    "name": "optInRegions",
    "displayName": "Regions where visitors are asked first (opt-in)",
    "simpleValueType": true,
    "defaultValue": "EEA, GB, CH",
    "valueValidators": [
      {
        "type": "REGEX",
        "args": [
          "^\\s*((EEA|[A-Z]{2}(-[A-Z0-9]{1,3})?)\\s*(,\\s*|$))*$"
        ],
        "errorMessage": "Region codes separated by commas: countries (DE, GB), subdivisions (US-CA) or EEA, in capitals; empty for none."
      }
    ],
    "enablingConditions": [
      {
        "paramName": "mode",
        "paramValue": "default",
        "type": "EQUALS"
      }
    ],
    "help": "The same rule by region as Assent's regions option (data-regions): a denied default scoped to these regions with Consent Mode's region comes first, then the denied default for everyone, so another tag's looser default never reaches them. EEA stands for its 30 countries. Where Assent's rule is opt-out (a US state), its update grants what the visitor has not objected to."
  },
  {
    "type": "TEXT",
    "name": "analyticsCategory",
    "displayName": "Assent category that means analytics",
    "simpleValueType": true,
    "defaultValue": "analytics",
    "valueValidators": [
      {
        "type": "NON_EMPTY"
      }
    ],
    "help": "analytics_storage follows it."
  },
  {
    "type": "TEXT",
    "name": "marketingCategory",
    "displayName": "Assent category that means marketing",
    "simpleValueType": true,
    "defaultValue": "marketing",
    "valueValidators": [
      {
        "type": "NON_EMPTY"
      }
    ]
  },
  {
    "type": "TEXT",
    "name": "preferencesCategory",
    "displayName": "Assent category that means preferences",
    "simpleValueType": true,
    "defaultValue": "preferences",
    "valueValidators": [
      {
        "type": "NON_EMPTY"
      }
    ],
    "help": "functionality_storage and personalization_storage follow it."
  },
  {
    "type": "CHECKBOX",
    "name": "advertising",
    "checkboxText": "Let marketing grant advertising (ad_storage, ad_user_data, ad_personalization)",
    "simpleValueType": true,
    "defaultValue": false,
    "help": "Off (the default): advertising storage and signals stay denied whatever the visitor chooses, as a shop that promises no advertising features needs."
  }
]


___SANDBOXED_JS_FOR_WEB_TEMPLATE___

// Assent's consent for Google Tag Manager: defaults before any tag, then what the visitor decided, read from the
// assent_consent_update event that assent.js pushes on every page and on every change.
const setDefaultConsentState = require('setDefaultConsentState');
const updateConsentState = require('updateConsentState');
const copyFromDataLayer = require('copyFromDataLayer');
const makeInteger = require('makeInteger');

const DENIED = 'denied';
const GRANTED = 'granted';

// Consent Mode takes countries and subdivisions (ISO 3166), not the EEA: it is written out as its countries, as
// Assent's REGION_DEFAULTS do (the European Union, then Iceland, Liechtenstein, Norway).
const EEA = 'AT BE BG CY CZ DE DK EE ES FI FR GR HR HU IE IT LT LU LV MT NL PL PT RO SE SI SK IS LI NO'.split(' ');

// The event carries Assent's whole state under `assent`: `assent.categories.<name>` is each category's boolean, for
// any name a site gives its categories. Tag Manager's read_data_layer permission takes dotted keys with a trailing
// wildcard (`assent.categories.*`); the flat `assent_<name>` keys could only be permitted one exact name at a time.
const stateOf = (category) => (copyFromDataLayer('assent.categories.' + category) === true ? GRANTED : DENIED);

// "EEA, GB, US-CA" as Consent Mode's region list; the field's validator already refused anything else.
const regionsOf = (text) => {
  const regions = [];
  (text || '').split(',').forEach((entry) => {
    const code = entry.trim();
    if (code === 'EEA') EEA.forEach((country) => regions.push(country));
    else if (code) regions.push(code);
  });
  return regions;
};

const deniedDefaults = () => ({
  ad_storage: DENIED,
  ad_user_data: DENIED,
  ad_personalization: DENIED,
  analytics_storage: DENIED,
  functionality_storage: DENIED,
  personalization_storage: DENIED,
  security_storage: GRANTED,
  wait_for_update: makeInteger(data.waitForUpdate),
});

if (data.mode === 'default') {
  // Google applies the most specific default naming the visitor's region. Both stay denied, as with Assent's script
  // tag: the regions that ask first keep theirs even where another tag sets a looser default for everyone, and
  // Assent's own decision (opt-out where its rule says so) follows as an update.
  const optInRegions = regionsOf(data.optInRegions);
  if (optInRegions.length) {
    const scoped = deniedDefaults();
    scoped.region = optInRegions;
    setDefaultConsentState(scoped);
  }
  setDefaultConsentState(deniedDefaults());
} else {
  const marketing = stateOf(data.marketingCategory);
  const advertising = data.advertising ? marketing : DENIED;
  const preferences = stateOf(data.preferencesCategory);
  updateConsentState({
    ad_storage: advertising,
    ad_user_data: advertising,
    ad_personalization: advertising,
    analytics_storage: stateOf(data.analyticsCategory),
    functionality_storage: preferences,
    personalization_storage: preferences,
  });
}

data.gtmOnSuccess();


___WEB_PERMISSIONS___

[
  {
    "instance": {
      "key": {
        "publicId": "access_consent",
        "versionId": "1"
      },
      "param": [
        {
          "key": "consentTypes",
          "value": {
            "type": 2,
            "listItem": [
              {
                "type": 3,
                "mapKey": [
                  {
                    "type": 1,
                    "string": "consentType"
                  },
                  {
                    "type": 1,
                    "string": "read"
                  },
                  {
                    "type": 1,
                    "string": "write"
                  }
                ],
                "mapValue": [
                  {
                    "type": 1,
                    "string": "ad_storage"
                  },
                  {
                    "type": 8,
                    "boolean": false
                  },
                  {
                    "type": 8,
                    "boolean": true
                  }
                ]
              },
              {
                "type": 3,
                "mapKey": [
                  {
                    "type": 1,
                    "string": "consentType"
                  },
                  {
                    "type": 1,
                    "string": "read"
                  },
                  {
                    "type": 1,
                    "string": "write"
                  }
                ],
                "mapValue": [
                  {
                    "type": 1,
                    "string": "ad_user_data"
                  },
                  {
                    "type": 8,
                    "boolean": false
                  },
                  {
                    "type": 8,
                    "boolean": true
                  }
                ]
              },
              {
                "type": 3,
                "mapKey": [
                  {
                    "type": 1,
                    "string": "consentType"
                  },
                  {
                    "type": 1,
                    "string": "read"
                  },
                  {
                    "type": 1,
                    "string": "write"
                  }
                ],
                "mapValue": [
                  {
                    "type": 1,
                    "string": "ad_personalization"
                  },
                  {
                    "type": 8,
                    "boolean": false
                  },
                  {
                    "type": 8,
                    "boolean": true
                  }
                ]
              },
              {
                "type": 3,
                "mapKey": [
                  {
                    "type": 1,
                    "string": "consentType"
                  },
                  {
                    "type": 1,
                    "string": "read"
                  },
                  {
                    "type": 1,
                    "string": "write"
                  }
                ],
                "mapValue": [
                  {
                    "type": 1,
                    "string": "analytics_storage"
                  },
                  {
                    "type": 8,
                    "boolean": false
                  },
                  {
                    "type": 8,
                    "boolean": true
                  }
                ]
              },
              {
                "type": 3,
                "mapKey": [
                  {
                    "type": 1,
                    "string": "consentType"
                  },
                  {
                    "type": 1,
                    "string": "read"
                  },
                  {
                    "type": 1,
                    "string": "write"
                  }
                ],
                "mapValue": [
                  {
                    "type": 1,
                    "string": "functionality_storage"
                  },
                  {
                    "type": 8,
                    "boolean": false
                  },
                  {
                    "type": 8,
                    "boolean": true
                  }
                ]
              },
              {
                "type": 3,
                "mapKey": [
                  {
                    "type": 1,
                    "string": "consentType"
                  },
                  {
                    "type": 1,
                    "string": "read"
                  },
                  {
                    "type": 1,
                    "string": "write"
                  }
                ],
                "mapValue": [
                  {
                    "type": 1,
                    "string": "personalization_storage"
                  },
                  {
                    "type": 8,
                    "boolean": false
                  },
                  {
                    "type": 8,
                    "boolean": true
                  }
                ]
              },
              {
                "type": 3,
                "mapKey": [
                  {
                    "type": 1,
                    "string": "consentType"
                  },
                  {
                    "type": 1,
                    "string": "read"
                  },
                  {
                    "type": 1,
                    "string": "write"
                  }
                ],
                "mapValue": [
                  {
                    "type": 1,
                    "string": "security_storage"
                  },
                  {
                    "type": 8,
                    "boolean": false
                  },
                  {
                    "type": 8,
                    "boolean": true
                  }
                ]
              }
            ]
          }
        }
      ]
    },
    "clientAnnotations": {
      "isEditedByUser": true
    },
    "isRequired": true
  },
  {
    "instance": {
      "key": {
        "publicId": "read_data_layer",
        "versionId": "1"
      },
      "param": [
        {
          "key": "allowedKeys",
          "value": {
            "type": 1,
            "string": "specific"
          }
        },
        {
          "key": "keyPatterns",
          "value": {
            "type": 2,
            "listItem": [
              {
                "type": 1,
                "string": "assent.categories.*"
              }
            ]
          }
        }
      ]
    },
    "clientAnnotations": {
      "isEditedByUser": true
    },
    "isRequired": true
  }
]


___NOTES___

Assent (MIT). Import in Tag Manager: Templates > Tag Templates > New > menu > Import.
