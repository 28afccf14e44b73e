// Key Vault (RBAC authorization) holding the app's secrets; app settings reference them with
// @Microsoft.KeyVault(SecretUri=...), resolved with the app's user-assigned identity.
param name string
param location string
param tags object = {}

@secure()
param smtpPassword string

@secure()
param alertsSigningKey string

resource vault 'Microsoft.KeyVault/vaults@2023-07-01' = {
  name: name
  location: location
  tags: tags
  properties: {
    tenantId: subscription().tenantId
    sku: { family: 'A', name: 'standard' }
    enableRbacAuthorization: true
    enableSoftDelete: true
    softDeleteRetentionInDays: 7
    publicNetworkAccess: 'Enabled'
  }
}

resource smtpPasswordSecret 'Microsoft.KeyVault/vaults/secrets@2023-07-01' = {
  parent: vault
  name: 'smtp-password'
  properties: { value: smtpPassword }
}

resource alertsSigningKeySecret 'Microsoft.KeyVault/vaults/secrets@2023-07-01' = {
  parent: vault
  name: 'alerts-signing-key'
  properties: { value: alertsSigningKey }
}

output name string = vault.name
output endpoint string = vault.properties.vaultUri
// Versionless URIs: the app picks up a rotated secret without a template change.
output smtpPasswordSecretUri string = '${vault.properties.vaultUri}secrets/${smtpPasswordSecret.name}'
output alertsSigningKeySecretUri string = '${vault.properties.vaultUri}secrets/${alertsSigningKeySecret.name}'
